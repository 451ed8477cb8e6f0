// 批量规划: a whole plan scheduled month by month against the ledger's usage and the active rule set. Pure and
// deterministic: the same rows, usage, rule set and options give the same schedule.
//
// How it works, row by row (order below), each row checked CUMULATIVELY by checkQuotas against the ledger's
// usage plus every row placed before it:
// - A block by a monthly rule (MONTHLY_RULES) moves the row to the next month; any other block (subject total,
//   ID card, mobile, email, the account's associations) can never be fixed by waiting: the row is refused,
//   with ways out computed at the end (ways-out.ts).
// - 复用公众号 first needs an eligible account (the advisor's reuseIneligibility: REUSE_OA_TYPES,
//   REUSE_OA_CERTIFIED, REUSE_QUALIFICATIONS).
// - FAST_REG_ONE_AT_A_TIME: the plan's fast registrations on one account go one at a time: within a month
//   they are numbered (`queue` 1, 2, …), each to be started once the one before is completed, so each is
//   checked as if none were pending. A fast registration the ledger holds as pending (待完成注册) blocks the
//   account for today's month: when it will be completed is unknown, so the plan's first one on that account
//   goes to the next month, by which it is taken as completed (or lapsed). Checked 2026-12-01: "61057 公众号仍有
//   快速创建的账号在流程中" and "61055 超出公众号每月可快速创建限额" (复用公众号主体快速注册小程序,
//   https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/Register_Mini_Programs/fast_registration_of_mini_program.html):
//   one in progress blocks the next, the cap is per month. No source found says how long a pending one may
//   stay pending: "completed by next month" is this scheduler's assumption, not a platform rule.
// - 不限: both paths are tried; reuse is taken when it fits no later than standalone AND costs less
//   (compareCosts, as the advisor compares them: under `guide` the fast registration certifies for free);
//   on a tie standalone, as the advisor advises (no account quota used; under `current` both cost CERT_FEE);
//   when one path does not fit, the other.
//
// Order (the tie-break rules): rows are placed by wished month (希望完成月份), earliest first, rows without
// one last; equal wished months by row number. Row numbers are expected to be unique (they are the sheet's
// lines); then the order the rows are passed in never matters. Rows are placed as early as they fit, not in
// their wished month: a wish earlier than the month they got is reported (`wishMissed`).
import { addCosts, compareCosts } from '../advisor/money'
import type { MoneyRange } from '../advisor/types'
import { monthOf } from '../dates'
import type { RuleId } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import type { PlannedRow } from './plan-row'
import type {
  Decision,
  MonthTotal,
  PlanUsage,
  RefusedRow,
  RowResult,
  Schedule,
  ScheduledPath,
  ScheduledRow,
  ScheduleOptions,
} from './plan-types'
import { attempt, defaultHorizon, unique, type Attempt, type Context } from './attempt'
import { monthAt, Tally } from './tally'
import { wayOutIndex, waysOut } from './ways-out'

type Fitting = Extract<Attempt, { fits: true }>

/** 不限: which of two fitting paths to take, and the rule that decided it (see the header). */
function preferReuse(standalone: Fitting, reuse: Fitting): boolean {
  return reuse.index <= standalone.index && compareCosts(reuse.fee.total, standalone.fee.total) < 0
}

/** The rules a path's refusal or delay names, as `path` decisions for the path taken instead. */
function pathDecisions(rules: readonly RuleId[]): Decision[] {
  return rules.map((ruleId) => ({ ruleId, effect: 'path' }))
}

function scheduleRow(row: PlannedRow, context: Context): RowResult {
  const standalone = row.path === 'reuse' ? null : attempt(row, 'standalone', context, null)
  const reuse = row.path === 'standalone' ? null : attempt(row, 'reuse', context, row.officialAccount)
  let chosen: { path: ScheduledPath; attempt: Fitting; decisions: Decision[] } | null = null
  if (standalone?.fits && reuse?.fits) {
    const takeReuse = preferReuse(standalone, reuse)
    // rule: CERT_FEE — the costs compared; or the monthly rules that made reuse later
    const later = reuse.index > standalone.index ? reuse.pushed.map((d) => d.ruleId) : []
    const why = pathDecisions(takeReuse || later.length === 0 ? ['CERT_FEE'] : unique(later))
    chosen = takeReuse
      ? { path: 'reuse', attempt: reuse, decisions: why }
      : { path: 'standalone', attempt: standalone, decisions: why }
  } else if (standalone?.fits) {
    chosen = {
      path: 'standalone',
      attempt: standalone,
      decisions: reuse && !reuse.fits ? pathDecisions(reuse.rules) : [],
    }
  } else if (reuse?.fits) {
    chosen = {
      path: 'reuse',
      attempt: reuse,
      decisions: standalone && !standalone.fits ? pathDecisions(standalone.rules) : [],
    }
  }
  if (chosen === null) {
    const failed = [standalone, reuse].filter((a): a is Exclude<Attempt, Fitting> => a !== null && !a.fits)
    const refused: RefusedRow = {
      status: 'refused',
      row: row.row,
      requestedPath: row.path,
      rules: unique(failed.flatMap((a) => a.rules)),
      findings: failed.flatMap((a) => a.findings),
      kind: failed.every((a) => a.kind === 'horizon') ? 'horizon' : 'permanent',
      waysOut: [],
    }
    return refused
  }
  const { path, attempt: fit, decisions } = chosen
  const month = monthAt(context.tally.start, fit.index)
  const queue = context.tally.place(row, fit.index, path === 'reuse' ? row.officialAccount : null)
  const lastRoom = fit.findings
    .filter((f) => f.severity === 'warn')
    .map((f): Decision => ({ ruleId: f.ruleId, effect: 'last-room' }))
  const scheduled: ScheduledRow = {
    status: 'scheduled',
    row: row.row,
    month,
    path,
    requestedPath: row.path,
    fee: fit.fee,
    decidedBy: [...fit.pushed, ...decisions, ...lastRoom],
    advice: unique(fit.findings.filter((f) => f.severity === 'advice').map((f) => f.ruleId)),
    wishMissed: row.wishedMonth !== null && row.wishedMonth < month,
    ...(queue !== undefined ? { queue } : {}),
    ...(path === 'reuse' && !fit.known ? { accountKnown: false } : {}),
  }
  return scheduled
}

/** Wished month first (none last), then row number: the documented tie-break. */
export function placementOrder(a: PlannedRow, b: PlannedRow): number {
  const wa = a.wishedMonth ?? '\uffff'
  const wb = b.wishedMonth ?? '\uffff'
  if (wa !== wb) return wa < wb ? -1 : 1
  return a.row - b.row
}

const nothing: MoneyRange = { min: 0, max: 0 }

function monthTotals(start: string, rows: readonly RowResult[]): MonthTotal[] {
  const scheduled = rows.filter((r): r is ScheduledRow => r.status === 'scheduled')
  if (scheduled.length === 0) return []
  const last = scheduled.reduce((max, r) => (r.month > max ? r.month : max), start)
  const months: MonthTotal[] = []
  for (let i = 0; months.at(-1)?.month !== last; i += 1) {
    months.push({ month: monthAt(start, i), count: 0, standalone: 0, reuse: 0, fee: nothing })
  }
  const byMonth = new Map(months.map((m) => [m.month, m]))
  for (const r of scheduled) {
    const total = byMonth.get(r.month)
    if (!total) continue
    total.count += 1
    total[r.path] += 1
    total.fee = addCosts(total.fee, r.fee.total)
  }
  return months
}

/**
 * The plan scheduled month by month (see the header for how). `rows` are the plan's valid rows (masked and
 * hashed: `plannedRow`); `usage` what the ledger holds. The result lists every row in row-number order,
 * scheduled (month, path, fee, the rules that decided it) or refused (the rules, the ways out), the months
 * from the first planned to the last used, and the totals.
 */
export function schedulePlan(
  rows: readonly PlannedRow[],
  usage: PlanUsage,
  ruleSet: RuleSet,
  options: ScheduleOptions,
): Schedule {
  const todayMonth = monthOf(options.today)
  const start = options.startMonth < todayMonth ? todayMonth : options.startMonth
  const ordered = [...rows].sort(placementOrder)
  const context: Context = {
    ruleSet,
    tally: new Tally(usage, start, options.today, ordered),
    horizon: options.horizon ?? defaultHorizon,
  }
  const placed = ordered.map((row) => scheduleRow(row, context))
  const index = placed.some((r) => r.status === 'refused') ? wayOutIndex(ordered, context) : null
  const results = placed.map((result, i): RowResult =>
    result.status === 'refused' && index
      ? { ...result, waysOut: waysOut(ordered[i]!, result, index, context) }
      : result,
  )
  results.sort((a, b) => a.row - b.row)
  const months = monthTotals(start, results)
  const scheduled = results.filter((r): r is ScheduledRow => r.status === 'scheduled')
  return {
    rows: results,
    months,
    totals: {
      scheduled: scheduled.length,
      refused: results.length - scheduled.length,
      monthsNeeded: months.length,
      earliestFinish: months.at(-1)?.month ?? null,
      fee: scheduled.reduce((sum, r) => addCosts(sum, r.fee.total), nothing),
      wishesMissed: scheduled.filter((r) => r.wishMissed).length,
      complete: scheduled.length === results.length,
    },
  }
}
