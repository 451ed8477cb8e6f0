import { requireRuleValue } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { TextField } from '../../../ui/form/text-field'
import { useLedgerList } from '../use-ledger-list'
import { LedgerPick } from './ledger-pick'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'
import '../../../i18n/wizard-messages'

/** 主体名称 and 统一社会信用代码, typed or picked from the ledger's subjects of the chosen type. */
export function SubjectInfoForm(props: StepBodyProps) {
  const info = props.flow.answers['subject-info']
  const initial = { name: info?.name ?? '', creditCode: info?.creditCode ?? '' }
  const { form, onSubmit, errorOf } = useStepForm('subject-info', props, initial, ['name', 'creditCode'])
  const type = props.flow.answers['subject-type']?.subjectType ?? 'enterprise'
  const clientId = props.item.clientId
  const subjects = useLedgerList(
    (ledger) => ledger.ledgerChoices.subjects({ type, clientId }),
    `${type}/${clientId ?? ''}`,
  )
  return (
    <form onSubmit={onSubmit} noValidate>
      <LedgerPick
        label={t('wizard.ledgerPick.subject')}
        hint={t('wizard.ledgerPick.subjectHint', {
          type: t(`terms.subjectType.${type}`),
          client: clientId ? t('wizard.ledgerPick.subjectHintClient') : '',
        })}
        items={subjects}
        optionLabel={(s) =>
          s.creditCode
            ? t('wizard.ledgerPick.subjectOption', {
                name: s.name,
                code: s.creditCode,
                count: s.miniPrograms,
              })
            : t('wizard.ledgerPick.subjectOptionNoCode', { name: s.name, count: s.miniPrograms })
        }
        onPick={(s) => {
          form.setValue('name', s.name, { shouldDirty: true })
          form.setValue('creditCode', s.creditCode ?? '', { shouldDirty: true })
        }}
      />
      <TextField
        id={fieldId('name')}
        label={t('wizard.fields.subjectName')}
        hint={t('wizard.fields.subjectNameHint')}
        autoComplete="organization"
        error={errorOf('name')}
        {...form.register('name')}
      />
      <TextField
        id={fieldId('creditCode')}
        label={t('wizard.fields.creditCode')}
        hint={t('wizard.fields.creditCodeHint', { ...requireRuleValue(props.ruleSet, 'CREDIT_CODE') })}
        width="medium"
        spellCheck={false}
        autoCapitalize="characters"
        error={errorOf('creditCode')}
        {...form.register('creditCode')}
      />
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
