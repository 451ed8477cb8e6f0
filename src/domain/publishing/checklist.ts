import { z } from 'zod'
import { addMonths, isLocalDate, type LocalDate } from '../dates'
import { lastApplication, type CertApplication } from '../flow/outcomes'
import { platformOrder } from './server-domains'
import type { RuleId } from '../rules/rule-ids'
import { ruleValue, type FilingCategory, type RuleSet } from '../rules/rule-set'
import { isOrganisation, subjectTypes, type SubjectType } from '../subject'

// 发布清单: what is left between "注册信息已记录" and "已发布", in the platform's order (the guide's 小程序发布流程:
// step 1 微信认证, 小程序信息, 开发工具, 添加开发者, 配置服务器; step 2 提交代码, 提交审核, 发布; since 2023-09 the ICP
// filing, and the privacy guide before the first submission). The progress is the operator's record of what the
// platform shows; the domain says, from it and the rule set, what each task's status is and what it waits on.

export const publishTaskIds = [
  'certification', // 微信认证
  'profile', // 小程序信息: name, short name, intro, logo, service category
  'icp-filing', // 小程序备案
  'privacy-guide', // 用户隐私保护指引
  'developers', // 添加开发者
  'dev-tools', // 下载开发者工具
  'dev-settings', // 开发设置: AppID, AppSecret, server domains
  'upload', // 上传代码
  'review', // 提交审核
  'release', // 发布
] as const
export type PublishTaskId = (typeof publishTaskIds)[number]

/** What the operator records of a task: begun on the platform, or done there. Absent: not started. */
export const recordedStatuses = ['in-progress', 'done'] as const
export type RecordedStatus = (typeof recordedStatuses)[number]

/** A task's status as shown: 未开始, 进行中, 已完成, or 暂不能开始 (something before it is not done). */
export type TaskStatus = 'not-started' | 'in-progress' | 'done' | 'blocked'

/** The tasks a third-party platform (对接第三方小程序系统) does for the operator once authorised. */
export const thirdPartyTasks = ['upload', 'review', 'release'] as const satisfies readonly PublishTaskId[]

/** Service categories the checklist names: the four that need 报备 (CATEGORY_FILING), and the common others. */
export const serviceCategories = [
  'tools',
  'retail',
  'life-services',
  'food',
  'education',
  'travel',
  'social',
  'video',
  'radio',
  'current-affairs',
  'other',
] as const satisfies readonly (FilingCategory | string)[]
export type ServiceCategory = (typeof serviceCategories)[number]

/** The ICP filing's stages as the platform shows them: 平台初审 → 工信部短信核验 → 通管局审核. */
export const icpStages = ['precheck', 'sms', 'authority'] as const
export type IcpStage = (typeof icpStages)[number]

/** Members of a mini program by role, as 成员管理 lists them. */
export const memberRoles = ['developer', 'operator', 'data', 'tester'] as const
export type MemberRole = (typeof memberRoles)[number]

const date = z.string().refine(isLocalDate)
const shortText = (max: number) => z.string().trim().max(max)
const certApplicationSchema = z.strictObject({
  submittedOn: date,
  sentBack: z.number().int().min(0).max(99),
  resubmitted: z.number().int().min(0).max(99).optional(),
  result: z.enum(['pending', 'awaiting-material', 'approved', 'rejected']),
})
const taskRecord = z.strictObject({ status: z.enum(recordedStatuses), on: date.optional() })

/** Version numbers as the developer tools take them: digits separated by dots (1.0.0). */
export const versionPattern = /^\d{1,4}(?:\.\d{1,4}){0,3}$/

/**
 * One mini program's publishing progress as stored (with its ledger record, or in this browser for a blank
 * checklist). Every field is optional: an empty object is a checklist not begun. Validated on every read and
 * every import, so a tampered record is refused, never half-read.
 */
export const publishProgressSchema = z.strictObject({
  /** What the checklist knows of the mini program where no ledger subject says it (a blank checklist). */
  about: z
    .strictObject({
      subjectType: z.enum(subjectTypes),
      path: z.enum(['standalone', 'reuse']),
      verifiedByTransfer: z.boolean(),
    })
    .optional(),
  tasks: z.partialRecord(z.enum(publishTaskIds), taskRecord).default({}),
  /** 对接第三方小程序系统: the admin authorised a third-party platform, which uploads, submits and releases. */
  thirdParty: z.strictObject({ name: shortText(60) }).optional(),
  targetDate: date.optional(),
  /** The paid applications, recorded as the wizard records them (CERT_FEE, CERT_REVIEW_TIME), and the approval day. */
  certification: z
    .strictObject({
      applications: z.array(certApplicationSchema).max(50).optional(),
      approvedOn: date.optional(),
    })
    .optional(),
  profile: z
    .strictObject({
      name: shortText(60).optional(),
      intro: shortText(500).optional(),
      shortName: shortText(30).optional(),
      category: z.enum(serviceCategories).optional(),
      /** The logo chosen here and checked against MP_LOGO: what the file is, never the picture itself. */
      logo: z
        .strictObject({
          name: shortText(255),
          type: shortText(100),
          size: z.number().int().min(0),
          width: z.number().int().min(0).optional(),
          height: z.number().int().min(0).optional(),
          contentType: shortText(100).optional(),
          decodable: z.boolean().optional(),
        })
        .optional(),
    })
    .optional(),
  icp: z
    .strictObject({
      stage: z.enum(icpStages).optional(),
      submittedOn: date.optional(),
      filingNumber: shortText(60).optional(),
    })
    .optional(),
  privacy: z.strictObject({ collectsPersonalData: z.boolean() }).optional(),
  members: z.partialRecord(z.enum(memberRoles), z.number().int().min(0).max(999)).optional(),
  settings: z
    .strictObject({
      appSecretSaved: z.boolean().optional(),
      serverDomains: z
        .partialRecord(z.enum(platformOrder), z.array(z.string().max(300)).max(1000).readonly())
        .optional(),
    })
    .optional(),
  upload: z.strictObject({ version: shortText(20).optional(), note: shortText(200).optional() }).optional(),
  review: z.strictObject({ submittedOn: date.optional() }).optional(),
  releasedOn: date.optional(),
})
export type PublishProgress = z.infer<typeof publishProgressSchema>

/** What the checklist knows of the mini program itself, from its ledger record (or the blank checklist's answers). */
export interface PublishSubject {
  subjectType: SubjectType
  path: 'standalone' | 'reuse'
  /** Verified by a small transfer (小额打款) instead of certification: named without certification. */
  verifiedByTransfer: boolean
  /** The ledger's certification status; a blank checklist has only what its tasks record. */
  certStatus?: 'none' | 'pending' | 'certified' | 'failed'
}

/** Why a task cannot start yet: the tasks it waits on, and the rule that says so. */
export interface TaskBlocker {
  waitsOn: PublishTaskId
  rule: RuleId
}

export interface ChecklistTask {
  id: PublishTaskId
  status: TaskStatus
  /** Recorded status, when the task is blocked (it stays recorded, shown as blocked until its blockers are done). */
  blockers: readonly TaskBlocker[]
  /** Not needed for this subject (an individual's certification), or done by the third-party platform. */
  optional: boolean
  byThirdParty: boolean
  /** The rules behind the task, first the one that says the most. */
  rules: readonly RuleId[]
}

export interface Checklist {
  tasks: readonly ChecklistTask[]
  done: number
  /** Tasks that count towards release (not optional). */
  total: number
  released: boolean
  /** Released while uncertified where the rule set allows it: not searchable, not shareable (CERT_BEFORE_PUBLISH). */
  uncertifiedRelease: boolean
}

const taskRules: Record<PublishTaskId, readonly RuleId[]> = {
  certification: ['CERT_FEE', 'CERT_REVIEW_TIME', 'CERT_VALIDITY', 'CERT_BEFORE_PUBLISH'],
  profile: ['MP_NAME', 'MP_INTRO', 'MP_LOGO', 'CATEGORY_FILING'],
  'icp-filing': ['ICP_FILING', 'ICP_SMS_VERIFY'],
  'privacy-guide': ['PRIVACY_GUIDE'],
  developers: [],
  'dev-tools': [],
  'dev-settings': ['APPID', 'APPSECRET', 'SERVER_DOMAIN'],
  upload: [],
  review: ['CODE_REVIEW', 'REVIEW_ONE_AT_A_TIME', 'EXPEDITED_REVIEW', 'PRIVACY_GUIDE'],
  release: ['ICP_FILING', 'CERT_BEFORE_PUBLISH'],
}

/** The state of certification as the checklist's applications say: the last one's result, or none. */
export function certificationResult(progress: PublishProgress): CertApplication['result'] | 'none' {
  return lastApplication(progress.certification?.applications)?.result ?? 'none'
}

/** True when certification is recorded as approved here (an application, or the task) or in the ledger. */
export function isCertified(subject: PublishSubject, progress: PublishProgress): boolean {
  return (
    progress.tasks.certification?.status === 'done' ||
    certificationResult(progress) === 'approved' ||
    subject.certStatus === 'certified'
  )
}

/**
 * rule: CERT_BEFORE_NAME — an organisation whose standalone mini program is named during certification (the
 * guide: only after it; today: unless the subject was verified by a small transfer) cannot finish 小程序信息 first.
 */
export function nameWaitsOnCertification(ruleSet: RuleSet, subject: PublishSubject): boolean {
  if (!isOrganisation(subject.subjectType) || subject.path !== 'standalone') return false
  const requires = ruleValue(ruleSet, 'CERT_BEFORE_NAME')?.requires
  if (requires === 'certification') return true
  return requires === 'verification' && !subject.verifiedByTransfer
}

/** rule: CERT_BEFORE_PUBLISH — an uncertified organisation cannot release where the rule set says so. */
export function releaseWaitsOnCertification(ruleSet: RuleSet, subject: PublishSubject): boolean {
  return (
    isOrganisation(subject.subjectType) &&
    ruleValue(ruleSet, 'CERT_BEFORE_PUBLISH')?.uncertified === 'cannot-publish'
  )
}

/** Whether the code collects personal data, as recorded; unknown counts as yes (PRIVACY_GUIDE: ask, don't assume). */
function privacyGuideNeeded(progress: PublishProgress): boolean {
  return progress.privacy?.collectsPersonalData !== false
}

/** The tasks each task waits on, with the rule that makes it wait. */
function blockersOf(id: PublishTaskId, ruleSet: RuleSet, subject: PublishSubject, progress: PublishProgress) {
  const byThirdParty = progress.thirdParty !== undefined
  const list: TaskBlocker[] = []
  const certify = (rule: RuleId) => list.push({ waitsOn: 'certification', rule })
  switch (id) {
    case 'profile':
      if (nameWaitsOnCertification(ruleSet, subject)) certify('CERT_BEFORE_NAME')
      break
    case 'icp-filing':
      // 账号至少存在一个审核通过的类目；账号已完成小程序头像、简介等小程序基本信息填写 (服务商代认证及备案介绍).
      list.push({ waitsOn: 'profile', rule: 'ICP_FILING' })
      break
    case 'upload':
      if (!byThirdParty) {
        list.push({ waitsOn: 'developers', rule: 'CODE_REVIEW' })
        list.push({ waitsOn: 'dev-tools', rule: 'CODE_REVIEW' })
      }
      break
    case 'review':
      list.push({ waitsOn: 'upload', rule: 'CODE_REVIEW' })
      if (privacyGuideNeeded(progress)) list.push({ waitsOn: 'privacy-guide', rule: 'PRIVACY_GUIDE' })
      break
    case 'release':
      list.push({ waitsOn: 'review', rule: 'CODE_REVIEW' })
      list.push({ waitsOn: 'icp-filing', rule: 'ICP_FILING' })
      if (releaseWaitsOnCertification(ruleSet, subject)) certify('CERT_BEFORE_PUBLISH')
      break
    default:
      break
  }
  return list
}

function isDone(id: PublishTaskId, subject: PublishSubject, progress: PublishProgress): boolean {
  if (id === 'certification') return isCertified(subject, progress)
  if (id === 'release') return progress.releasedOn !== undefined || progress.tasks.release?.status === 'done'
  if (id === 'privacy-guide' && !privacyGuideNeeded(progress)) return true
  return progress.tasks[id]?.status === 'done'
}

/** Each task's status and what it waits on, in the platform's order. */
export function publishChecklist(
  ruleSet: RuleSet,
  subject: PublishSubject,
  progress: PublishProgress,
): Checklist {
  const byThirdParty = progress.thirdParty !== undefined
  const done = new Set(publishTaskIds.filter((id) => isDone(id, subject, progress)))
  const tasks = publishTaskIds.map((id): ChecklistTask => {
    const blockers = blockersOf(id, ruleSet, subject, progress).filter((b) => !done.has(b.waitsOn))
    const platformDoes = byThirdParty && (thirdPartyTasks as readonly PublishTaskId[]).includes(id)
    const optional =
      (id === 'certification' && !isOrganisation(subject.subjectType)) ||
      (id === 'privacy-guide' && !privacyGuideNeeded(progress)) ||
      (byThirdParty && (id === 'developers' || id === 'dev-tools'))
    const status: TaskStatus = done.has(id)
      ? 'done'
      : blockers.length > 0
        ? 'blocked'
        : (progress.tasks[id]?.status ?? 'not-started') === 'in-progress'
          ? 'in-progress'
          : 'not-started'
    return { id, status, blockers, optional, byThirdParty: platformDoes, rules: taskRules[id] }
  })
  const counted = tasks.filter((task) => !task.optional)
  const released = done.has('release')
  return {
    tasks,
    done: counted.filter((task) => task.status === 'done').length,
    total: counted.length,
    released,
    uncertifiedRelease: released && !isCertified(subject, progress),
  }
}

/**
 * rule: CERT_VALIDITY — the day certification approved on `approvedOn` expires (年审 is due before it); `null`
 * where the rule set states no validity.
 */
export function certificationExpiry(ruleSet: RuleSet, approvedOn: LocalDate): LocalDate | null {
  const validity = ruleValue(ruleSet, 'CERT_VALIDITY')
  return validity ? addMonths(approvedOn, 12 * validity.years) : null
}

/** rule: CATEGORY_FILING — whether a category's first review goes on to 报备, and for how many calendar days. */
export function categoryFiling(ruleSet: RuleSet, category: ServiceCategory | undefined): number | null {
  const rule = ruleValue(ruleSet, 'CATEGORY_FILING')
  if (!rule || !category) return null
  return (rule.categories as readonly string[]).includes(category) ? rule.calendarDays : null
}
