// 批量规划: the ways out of a refused row, computed against the plan's final counts (every row placed): admins and
// mobiles in the plan with room left, the other path when it fits, other official accounts of the same subject
// on which it fits. Never canned: a way is offered only when it would work now. Another email always would, and
// so would an admin or a mobile from outside the plan: those are offered even with no candidate in the plan.
import { checkQuotas, isAllowed } from '../quota/check-quotas'
import type { RuleId } from '../rules/rule-ids'
import { attempt, type Context } from './attempt'
import { subjectKey, type PlannedRow } from './plan-row'
import type { RefusedRow, WayOut } from './plan-types'

/** At most this many admins or mobiles are named as candidates, in row order. */
export const maxCandidates = 5

interface Holder {
  hash: string
  masked: string
}

/** What every refused row's ways out look up, built once from the final counts. */
export interface WayOutIndex {
  idCards: Holder[]
  mobiles: Holder[]
  /** Official account names by subject key: named in the plan, or the ledger's own. */
  accounts: Map<string, Set<string>>
}

/** The distinct ID cards (or mobiles) of the plan whose count still has room under `rule`. */
function withRoom(
  rows: readonly PlannedRow[],
  context: Context,
  rule: 'ID_CARD_LIMIT' | 'PHONE_LIMIT',
): Holder[] {
  const seen = new Set<string>()
  const found: Holder[] = []
  for (const row of rows) {
    const hash = rule === 'ID_CARD_LIMIT' ? row.idCardHash : row.mobileHash
    if (seen.has(hash)) continue
    seen.add(hash)
    const usage =
      rule === 'ID_CARD_LIMIT'
        ? { idCardMiniPrograms: context.tally.idCardCount(hash) }
        : { phoneMiniPrograms: context.tally.mobileCount(hash) }
    if (isAllowed(checkQuotas(usage, { action: 'standalone', only: [rule] }, context.ruleSet))) {
      found.push({ hash, masked: rule === 'ID_CARD_LIMIT' ? row.idCardMasked : row.mobileMasked })
    }
  }
  return found
}

export function wayOutIndex(rows: readonly PlannedRow[], context: Context): WayOutIndex {
  const accounts = new Map<string, Set<string>>()
  const add = (key: string, name: string) => {
    const names = accounts.get(key) ?? new Set<string>()
    names.add(name)
    accounts.set(key, names)
  }
  for (const row of rows) if (row.officialAccount !== null) add(subjectKey(row), row.officialAccount)
  for (const [name, account] of Object.entries(context.tally.ledgerAccounts())) {
    if (account.subject !== undefined) add(account.subject, name)
  }
  return {
    idCards: withRoom(rows, context, 'ID_CARD_LIMIT'),
    mobiles: withRoom(rows, context, 'PHONE_LIMIT'),
    accounts,
  }
}

function candidates(holders: readonly Holder[], own: string): string[] {
  return holders
    .filter((h) => h.hash !== own)
    .slice(0, maxCandidates)
    .map((h) => h.masked)
}

/** The ways out of `refused`, in a fixed order: admin, mobile, email, other path, other account. */
export function waysOut(
  row: PlannedRow,
  refused: RefusedRow,
  index: WayOutIndex,
  context: Context,
): WayOut[] {
  const has = (rule: RuleId) => refused.rules.includes(rule)
  const ways: WayOut[] = []
  if (has('ID_CARD_LIMIT'))
    ways.push({ kind: 'another-admin', candidates: candidates(index.idCards, row.idCardHash) })
  if (has('PHONE_LIMIT'))
    ways.push({ kind: 'another-mobile', candidates: candidates(index.mobiles, row.mobileHash) })
  if (has('EMAIL_UNIQUE')) ways.push({ kind: 'another-email' })
  // The other path, when the row asked for one path only and the other would fit.
  if (row.path === 'reuse' && attempt(row, 'standalone', context, null).fits) {
    ways.push({ kind: 'other-path', path: 'standalone' })
  }
  if (row.path === 'standalone' && row.officialAccount !== null) {
    if (attempt(row, 'reuse', context, row.officialAccount).fits)
      ways.push({ kind: 'other-path', path: 'reuse' })
  }
  if (row.path !== 'standalone') {
    const names = [...(index.accounts.get(subjectKey(row)) ?? [])]
      .filter((name) => name !== row.officialAccount)
      .sort()
      .filter((name) => attempt(row, 'reuse', context, name).fits)
    if (names.length > 0) ways.push({ kind: 'other-account', accounts: names })
  }
  return ways
}
