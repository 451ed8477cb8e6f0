import type { LocalDate } from '../dates'
import type { RuleId } from './rule-ids'
import type { Reference } from './rule-set'
import * as ref from './references'

// 变更记录: the platform changes since the guide was written that touched a rule of the rule book, newest first.
// What each changed and what the app does differently because of it are in the catalog (changes.items.<id>).

export const changeIds = [
  'creditCodeOnly',
  'reuseUncertified',
  'icpFiling',
  'monthlyAssociations',
  'accountSplit',
] as const
export type ChangeId = (typeof changeIds)[number]

export interface PlatformChange {
  id: ChangeId
  /** When the change took effect, as its sources state it; `null` when no source dates it. */
  date: LocalDate | null
  /** The rules it touched. */
  rules: readonly [RuleId, ...RuleId[]]
  references: readonly [Reference, ...Reference[]]
  /** What could not be verified. Not shown to users. */
  note?: string
}

/** Dated changes newest first, then the undated ones. */
export const platformChanges: readonly PlatformChange[] = [
  {
    id: 'creditCodeOnly',
    date: '2026-04-30',
    rules: ['CREDIT_CODE'],
    references: [ref.fastRegistrationApiChange2026, ref.fastRegisterEnterprise],
  },
  {
    id: 'reuseUncertified',
    date: '2023-12-25',
    rules: ['REUSE_CERT_OUTCOME', 'CERT_FEE', 'CERT_BEFORE_PUBLISH'],
    references: [ref.registerByOfficialAccount, ref.fastRegisterPersonal, ref.wxJavaCertification],
  },
  {
    id: 'icpFiling',
    date: '2023-09-01',
    rules: ['ICP_FILING'],
    references: [ref.filingNoticeCopy, ref.applyIcpFiling],
    note: 'The WeChat notice (2023-08) was read only in copies.',
  },
  {
    id: 'monthlyAssociations',
    date: null,
    rules: ['OA_LINK_MONTHLY'],
    references: [ref.fastRegistrationProduct],
    note: 'The product page states the rule but not since when; no dated announcement was found.',
  },
  {
    id: 'accountSplit',
    date: null,
    rules: ['REUSE_OA_CERTIFIED', 'OA_MENU_PATH'],
    references: [ref.subscriptionGuide, ref.serviceGuide, ref.backOfficeMenuNotes],
    note: 'Both account guides say the docs were split; no dated announcement of the split was found.',
  },
]

/** The changes that touched a rule, in the order of the record. */
export function changesTouching(id: RuleId): PlatformChange[] {
  return platformChanges.filter((change) => change.rules.includes(id))
}
