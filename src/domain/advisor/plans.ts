import { addWorkingDays, holidaysKnown } from '../calendar'
import { firstOfMonth, type LocalDate } from '../dates'
import type { Usage } from '../quota/types'
import type { RuleSet } from '../rules/rule-set'
import type { SubjectType } from '../subject'
import { laterDate, latestDate } from './date-order'
import { addCosts, costOf, type PathPrices } from './money'
import type { PathId } from './path-id'
import { reuseRoom } from './room'
import type { PathTimeline } from './timeline'
import type { MoneyRange } from './types'
import { inLaterMonth } from './usage'

/** Best and worst case; `latest: null` when a duration is not stated in the rule set. */
export interface DateRange {
  earliest: LocalDate
  latest: LocalDate | null
}

export interface PlanBatch {
  path: PathId
  count: number
  /** The first day the batch can start: today, or for reuse the first day of a later month. */
  startsOn: LocalDate
  /** 0: this month; k: the k-th month from now. */
  monthOffset: number
  /** When the batch is registered (and certified or verified). */
  ready: DateRange
}

export interface Plan {
  batches: PlanBatch[]
  /** How many go each way in all. */
  reuse: number
  standalone: number
  cost: MoneyRange
  /** When the last batch is registered. */
  finish: DateRange
  /**
   * Whether every date of the plan counts mainland China's holidays and make-up days: false when one goes past the
   * holiday data (`holidaysKnownThrough`), where only weekends were counted, so those dates may come too early.
   */
  holidaysKnown: boolean
}

/** `cheapest`: reuse spread over the coming months, the rest standalone. `fastest`: split between the paths now. */
export interface Plans {
  cheapest: Plan
  fastest: Plan
}

export interface PlanInputs {
  today: LocalDate
  subjectType: SubjectType
  ruleSet: RuleSet
  /** How many to place: those wanted that the subject can still hold. */
  count: number
  /** The account's counts with a pending fast registration completed. */
  usage: Usage
  prices: { standalone: PathPrices; reuse: PathPrices }
  timelines: { standalone: PathTimeline; reuse: PathTimeline }
}

// A guard only: every month that adds none ends the schedule, and the association room is used within months.
const maxMonths = 60

/** Reuse batches month by month from this one, as many as the account's limits allow each month. */
function reuseBatches(inputs: PlanInputs, spread: boolean): Omit<PlanBatch, 'ready'>[] {
  const { today, subjectType, ruleSet, count } = inputs
  const batches: Omit<PlanBatch, 'ready'>[] = []
  let placed = 0
  for (let month = 0; placed < count && month < maxMonths; month += 1) {
    const usage = month === 0 ? inputs.usage : inLaterMonth(inputs.usage, placed)
    const room = reuseRoom(usage, subjectType, ruleSet).left
    const take = Math.min(count - placed, room ?? count - placed)
    if (take > 0) {
      batches.push({
        path: 'reuse',
        count: take,
        startsOn: month === 0 ? today : firstOfMonth(today, month),
        monthOffset: month,
      })
      placed += take
    } else if (month > 0) {
      break
    }
    if (!spread) break
  }
  return batches
}

function after(date: LocalDate, days: number | null): LocalDate | null {
  return days === null ? null : addWorkingDays(date, days)
}

/** Reuse waits for the account's certification (prepare) and the month; standalone starts today. */
function ready(batch: Omit<PlanBatch, 'ready'>, inputs: PlanInputs): DateRange {
  const { prepare, register } = inputs.timelines[batch.path]
  const earliestStart = laterDate(batch.startsOn, addWorkingDays(inputs.today, prepare.min))
  const accountLatest = after(inputs.today, prepare.max)
  const latestStart = accountLatest === null ? null : laterDate(batch.startsOn, accountLatest)
  return {
    earliest: addWorkingDays(earliestStart, register.min),
    latest: latestStart === null ? null : after(latestStart, register.max),
  }
}

function plan(inputs: PlanInputs, spread: boolean): Plan {
  const reuse = reuseBatches(inputs, spread)
  const reused = reuse.reduce((n, b) => n + b.count, 0)
  const standalone = inputs.count - reused
  const all = [
    ...reuse,
    ...(standalone > 0
      ? [{ path: 'standalone' as const, count: standalone, startsOn: inputs.today, monthOffset: 0 }]
      : []),
  ]
  const batches = all.map((batch) => ({ ...batch, ready: ready(batch, inputs) }))
  const finish: DateRange = {
    earliest: batches.reduce((date, b) => laterDate(date, b.ready.earliest), inputs.today),
    latest: latestDate([inputs.today, ...batches.map((b) => b.ready.latest)]),
  }
  return {
    batches,
    reuse: reused,
    standalone,
    cost: addCosts(costOf(inputs.prices.reuse, reused), costOf(inputs.prices.standalone, standalone)),
    finish,
    // the finish is the plan's last date: every other date lies between today and it
    holidaysKnown: holidaysKnown(inputs.today, finish.latest ?? finish.earliest),
  }
}

export function cheapestPlan(inputs: PlanInputs): Plan {
  return plan(inputs, true)
}

export function fastestPlan(inputs: PlanInputs): Plan {
  return plan(inputs, false)
}
