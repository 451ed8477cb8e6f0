import { t } from '../../i18n'
import type { RegistrationCase } from '../../storage/wizard-cases'
import '../../i18n/wizard-messages'

/** The mini program's name once given, else the subject's name, else a working title naming the path. */
export function caseTitle(item: RegistrationCase): string {
  const { answers, path } = item.flow
  return (
    answers.profile?.name ??
    answers['subject-info']?.name ??
    answers['oa-status']?.accountName ??
    t('wizard.cases.untitled', { path: t(`terms.path.${path}`) })
  )
}
