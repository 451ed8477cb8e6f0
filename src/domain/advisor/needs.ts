import type { RuleId } from '../rules/rule-ids'
import { appliesTo, ruleValue, type RuleSet } from '../rules/rule-set'
import { isOrganisation } from '../subject'
import { certificationFee, reuseCertification, type CertificationFee } from '../rules/fees'
import type { PathId } from './path-id'
import type { Situation } from './situation'

/** What to have ready before starting. The UI renders each from its catalog, with the data given. */
export type NeedId =
  | 'fresh-email' // EMAIL_UNIQUE: `count` emails never registered on the platforms nor bound to a WeChat
  | 'email-not-official-account' // EMAIL_UNIQUE: never the official account's own email
  | 'admin-under-limits' // ID_CARD_LIMIT, PHONE_LIMIT: `count` admins, each ID card and mobile under its limit
  | 'another-admin' // ID_CARD_LIMIT or PHONE_LIMIT: the admin named cannot take them all: `count` more admins
  | 'admin-wechat' // the admin's own WeChat, to scan and bind
  | 'subject-documents' // CREDIT_CODE: the organisation's name and credit code (or licence number)
  | 'certification-fee' // CERT_FEE: `amount` for each mini program
  | 'corporate-account' // TRANSFER_VERIFY: the corporate bank account, for a small transfer within `days`
  | 'official-account-login' // the official account's login, to open 小程序管理
  | 'account-admin-wechat' // REUSE_QUALIFICATIONS: the account admin's WeChat, to scan and agree
  | 'certify-official-account' // REUSE_OA_CERTIFIED: certify the account first, for `amount`
  | 'finish-pending-fast-registration' // FAST_REG_ONE_AT_A_TIME: complete the pending one first
  | 'reuse-certification-fee' // REUSE_CERT_OUTCOME (`current`): each new mini program certified on its own, `amount` each
  | 'icp-filing' // ICP_FILING: the filing before release

export interface NeedItem {
  need: NeedId
  /** The paths that need it. */
  paths: PathId[]
  ruleId: RuleId | null
  count?: number
  /** CNY: a certification fee, a range or a caution where the rule set cannot say one amount (CERT_FEE). */
  amount?: CertificationFee
  days?: number
}

export interface AdminCapacity {
  /** Admins needed in all, the one named included when it has room. */
  admins: number
  /** More admins needed beyond the one named; 0 when it can take them all or its counts are unknown. */
  more: number
  /** The limit that runs out first for the admin named. */
  limitedBy: RuleId
}

export function needs(
  situation: Situation,
  ruleSet: RuleSet,
  count: number,
  paths: PathId[],
  admins: AdminCapacity,
): NeedItem[] {
  const reuse = paths.includes('reuse')
  const account = situation.officialAccount
  const fee = certificationFee(ruleSet, situation.subjectType)
  const items: NeedItem[] = [{ need: 'fresh-email', paths, ruleId: 'EMAIL_UNIQUE', count }]
  if (reuse) items.push({ need: 'email-not-official-account', paths: ['reuse'], ruleId: 'EMAIL_UNIQUE' })
  items.push({ need: 'admin-under-limits', paths, ruleId: 'ID_CARD_LIMIT', count: admins.admins })
  if (admins.more > 0)
    items.push({ need: 'another-admin', paths, ruleId: admins.limitedBy, count: admins.more })
  items.push({ need: 'admin-wechat', paths, ruleId: null })
  if (paths.includes('standalone')) {
    if (isOrganisation(situation.subjectType)) {
      items.push({ need: 'subject-documents', paths: ['standalone'], ruleId: 'CREDIT_CODE' })
    }
    items.push({ need: 'certification-fee', paths: ['standalone'], ruleId: 'CERT_FEE', amount: fee })
    const transfer = ruleValue(ruleSet, 'TRANSFER_VERIFY')
    if (transfer && appliesTo(ruleSet, 'TRANSFER_VERIFY', situation.subjectType)) {
      items.push({
        need: 'corporate-account',
        paths: ['standalone'],
        ruleId: 'TRANSFER_VERIFY',
        days: transfer.days,
      })
    }
  }
  if (reuse) {
    items.push({ need: 'official-account-login', paths: ['reuse'], ruleId: null })
    items.push({ need: 'account-admin-wechat', paths: ['reuse'], ruleId: 'REUSE_QUALIFICATIONS' })
    if (account?.certified === false) {
      items.push({
        need: 'certify-official-account',
        paths: ['reuse'],
        ruleId: 'REUSE_OA_CERTIFIED',
        amount: fee,
      })
    }
    if (account?.fastRegistrationPending && ruleValue(ruleSet, 'FAST_REG_ONE_AT_A_TIME')) {
      items.push({
        need: 'finish-pending-fast-registration',
        paths: ['reuse'],
        ruleId: 'FAST_REG_ONE_AT_A_TIME',
      })
    }
    if (reuseCertification(ruleSet, situation.subjectType).certification === 'separate') {
      items.push({
        need: 'reuse-certification-fee',
        paths: ['reuse'],
        ruleId: 'REUSE_CERT_OUTCOME',
        amount: fee,
      })
    }
  }
  items.push({ need: 'icp-filing', paths, ruleId: 'ICP_FILING' })
  return items
}
