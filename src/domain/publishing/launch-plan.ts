import { addWorkingDays, holidaysKnown, isWorkingDay, subtractWorkingDays } from '../calendar'
import { addDays, type LocalDate } from '../dates'
import { lastApplication } from '../flow/outcomes'
import type { RuleId } from '../rules/rule-ids'
import { ruleValue, type RuleSet } from '../rules/rule-set'
import {
  categoryFiling,
  nameWaitsOnCertification,
  releaseWaitsOnCertification,
  type Checklist,
  type PublishProgress,
  type PublishSubject,
} from './checklist'

// 上线计划: given the day the mini program should be released, the latest day to start each long task (微信认证,
// 小程序备案, 代码审核) and whether the day is realistic. Every duration is the longest the rule set states, counted in
// mainland China working days (see ../calendar): a plan that holds at the longest holds at any shorter.

export type LongTaskId = 'certification' | 'icp-filing' | 'review'

export interface PlannedTask {
  id: LongTaskId
  /** The longest it takes, in working days (and calendar days of 报备 after a review, where the category has it). */
  workingDays: number
  calendarDays: number
  /** The day it must be done by for the release to happen on the target day. */
  doneBy: LocalDate
  /** Not begun: the latest day to begin it. */
  startBy?: LocalDate
  /** Begun (a date recorded): the day it is done by at the latest. */
  expectedBy?: LocalDate
  /** It cannot be done by `doneBy`: begun too late, or the latest day to begin it is past. */
  late: boolean
  rules: readonly RuleId[]
}

export interface LaunchPlan {
  target: LocalDate
  tasks: readonly PlannedTask[]
  realistic: boolean
  /** The earliest release day if every long task takes its longest, from today. */
  earliest: LocalDate
  /** Every date of the plan falls within the years whose holidays are known; otherwise dates skip weekends only. */
  holidaysKnown: boolean
}

interface Duration {
  workingDays: number
  calendarDays: number
  rules: readonly RuleId[]
}

/** How long each long task takes at the longest, by the rule set; `null` where it states no duration. */
function durations(ruleSet: RuleSet, progress: PublishProgress): Record<LongTaskId, Duration | null> {
  const cert = ruleValue(ruleSet, 'CERT_REVIEW_TIME')
  const icp = ruleValue(ruleSet, 'ICP_FILING')
  const sms = ruleValue(ruleSet, 'ICP_SMS_VERIFY')
  const review = ruleValue(ruleSet, 'CODE_REVIEW')
  const filingDays = categoryFiling(ruleSet, progress.profile?.category) ?? 0
  return {
    certification: cert
      ? { workingDays: cert.workingDays.max, calendarDays: 0, rules: ['CERT_REVIEW_TIME'] }
      : null,
    'icp-filing': icp
      ? {
          // 平台初审, then the SMS answered within its hours (a working day at most, counted as one), then 通管局.
          workingDays: icp.precheck.max + (sms ? Math.ceil(sms.hours / 24) : 0) + icp.authority.max,
          calendarDays: 0,
          rules: sms ? ['ICP_FILING', 'ICP_SMS_VERIFY'] : ['ICP_FILING'],
        }
      : null,
    review: review
      ? {
          workingDays: review.workingDays.max,
          calendarDays: filingDays,
          rules: filingDays > 0 ? ['CODE_REVIEW', 'CATEGORY_FILING'] : ['CODE_REVIEW'],
        }
      : null,
  }
}

function finish(start: LocalDate, d: Duration): LocalDate {
  return addDays(addWorkingDays(start, d.workingDays), d.calendarDays)
}

/**
 * The last working day from which the task, taking its longest, still ends by `doneBy`: a submission made on a
 * weekend counts from the next working day, so the day shown is the working day an operator would start on.
 */
function latestStart(doneBy: LocalDate, d: Duration): LocalDate {
  let day = subtractWorkingDays(addDays(doneBy, -d.calendarDays), d.workingDays)
  while (!isWorkingDay(day)) day = addDays(day, -1)
  return day
}

/** The day the open certification application (pending, or sent back for material) was submitted. */
function openApplicationSince(progress: PublishProgress): LocalDate | undefined {
  const last = lastApplication(progress.certification?.applications)
  return last && (last.result === 'pending' || last.result === 'awaiting-material')
    ? last.submittedOn
    : undefined
}

const maxDate = (...dates: LocalDate[]) => dates.reduce((a, b) => (a > b ? a : b))
const minDate = (...dates: LocalDate[]) => dates.reduce((a, b) => (a < b ? a : b))

/**
 * The launch plan for releasing on `target`, from `today`: tasks already done are left out; a task begun counts
 * from the day recorded (applied, submitted), or from today when no day is recorded.
 */
export function launchPlan(
  ruleSet: RuleSet,
  subject: PublishSubject,
  progress: PublishProgress,
  checklist: Checklist,
  today: LocalDate,
  target: LocalDate,
): LaunchPlan {
  const status = (id: LongTaskId) => checklist.tasks.find((task) => task.id === id)!.status
  const open = (id: LongTaskId) =>
    status(id) !== 'done' && !checklist.tasks.find((t) => t.id === id)!.optional
  const d = durations(ruleSet, progress)
  const begun: Record<LongTaskId, LocalDate | undefined> = {
    certification:
      openApplicationSince(progress) ?? (status('certification') === 'in-progress' ? today : undefined),
    'icp-filing': progress.icp?.submittedOn ?? (status('icp-filing') === 'in-progress' ? today : undefined),
    review: progress.review?.submittedOn ?? (status('review') === 'in-progress' ? today : undefined),
  }
  const certBeforeFiling = nameWaitsOnCertification(ruleSet, subject)
  const certBeforeRelease = releaseWaitsOnCertification(ruleSet, subject)

  // Forward, from today: when each is done at the latest.
  const doneAt: Partial<Record<LongTaskId, LocalDate>> = {}
  const forward = (id: LongTaskId, notBefore: LocalDate) => {
    const duration = d[id]
    if (!open(id) || !duration) return today
    const end = finish(begun[id] ?? notBefore, duration)
    doneAt[id] = end
    return end
  }
  const certDone = forward('certification', today)
  const filingDone = forward('icp-filing', certBeforeFiling ? certDone : today)
  const reviewDone = forward('review', today)
  const earliest = maxDate(today, filingDone, reviewDone, certBeforeRelease ? certDone : today)

  // Backward, from the target: the day each must be done by, and the latest day to begin it.
  const tasks: PlannedTask[] = []
  const plan = (id: LongTaskId, doneBy: LocalDate) => {
    const duration = d[id]
    if (!open(id) || !duration) return
    const started = begun[id]
    const startBy = started ? undefined : latestStart(doneBy, duration)
    const expectedBy = started ? doneAt[id] : undefined
    tasks.push({
      id,
      workingDays: duration.workingDays,
      calendarDays: duration.calendarDays,
      doneBy,
      ...(startBy ? { startBy } : {}),
      ...(expectedBy ? { expectedBy } : {}),
      late: startBy ? startBy < today : (expectedBy ?? today) > doneBy,
      rules: duration.rules,
    })
  }
  const filingStartBy = open('icp-filing') && d['icp-filing'] ? latestStart(target, d['icp-filing']) : target
  // Named during certification, the mini program cannot file before it is certified (CERT_BEFORE_NAME).
  const certDoneBy = certBeforeFiling && open('icp-filing') ? minDate(filingStartBy, target) : target
  if (certBeforeFiling || certBeforeRelease) plan('certification', certDoneBy)
  plan('icp-filing', target)
  plan('review', target)
  const order: LongTaskId[] = ['certification', 'icp-filing', 'review']
  tasks.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
  const last = maxDate(target, earliest)
  return {
    target,
    tasks,
    realistic: target >= earliest && tasks.every((task) => !task.late),
    earliest,
    holidaysKnown: holidaysKnown(today, last),
  }
}
