import type { RuleSetId } from '../../domain'
import { t } from '../../i18n'
import { Notice } from '../../ui/notice'
import type { ParsedQuery } from './query'
import { questionLabel } from './questions'
import './messages'

interface AdvisorNoticesProps {
  unreadable: ParsedQuery['unreadable']
  adopted: RuleSetId | null
}

/** What happened to the link: answers it could not give, or the rule set it switched to. */
export function AdvisorNotices({ unreadable, adopted }: AdvisorNoticesProps) {
  const fields = unreadable.map((key) => (key === 'ruleSet' ? t('rules.ruleSet.label') : questionLabel(key)))
  return (
    <>
      {fields.length > 0 ? (
        <Notice title={t('advisor.query.title')}>
          <p>{t('advisor.query.body', { fields: fields.join(t('advisor.query.separator')) })}</p>
        </Notice>
      ) : null}
      {adopted ? (
        <Notice title={t('advisor.adopted.title')}>
          <p>{t('advisor.adopted.body', { name: t(`rules.ruleSet.${adopted}`) })}</p>
        </Notice>
      ) : null}
    </>
  )
}
