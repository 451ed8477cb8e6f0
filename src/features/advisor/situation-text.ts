import type { OfficialAccountSituation, Situation } from '../../domain'
import { t } from '../../i18n'
import { subjectTypeName } from '../../ui/terms'
import './messages'

function accountParts(account: OfficialAccountSituation | null): string[] {
  if (!account) return [t('advisor.reply.situation.noAccount')]
  const parts = [
    t('advisor.reply.situation.account', {
      certified: t(`advisor.reply.situation.${account.certified ? 'certified' : 'uncertified'}`),
      type: t(`terms.accountType.${account.type}`),
      subject: t(`advisor.reply.situation.${account.sameSubject ? 'sameSubject' : 'otherSubject'}`),
    }),
  ]
  // Only an account of the same subject can fast-register the subject's mini programs: its counts matter.
  if (!account.sameSubject) return parts
  parts.push(
    t('advisor.reply.situation.links', { same: account.sameSubjectLinks, other: account.otherSubjectLinks }),
    t('advisor.reply.situation.month', {
      same: account.monthNewLinks.sameSubject,
      other: account.monthNewLinks.otherSubject,
      fast: account.monthFastRegistrations,
    }),
  )
  if (account.fastRegistrationPending) parts.push(t('advisor.reply.situation.pending'))
  return parts
}

/** The situation in one line: "企业主体；已认证的服务号，与小程序同一主体；…；打算注册 3 个". */
export function situationText(s: Situation): string {
  const parts = [t('advisor.reply.situation.subject', { subjectType: subjectTypeName(s.subjectType) })]
  if (s.subjectMiniPrograms !== undefined) {
    parts.push(t('advisor.reply.situation.held', { count: s.subjectMiniPrograms }))
  }
  if (s.subjectType !== 'individual') parts.push(...accountParts(s.officialAccount))
  if (s.adminIdCardMiniPrograms !== undefined) {
    parts.push(t('advisor.reply.situation.idCard', { count: s.adminIdCardMiniPrograms }))
  }
  if (s.adminPhoneMiniPrograms !== undefined) {
    parts.push(t('advisor.reply.situation.phone', { count: s.adminPhoneMiniPrograms }))
  }
  parts.push(t('advisor.reply.situation.wanted', { count: s.wanted }))
  return parts.join(t('advisor.reply.situation.separator'))
}
