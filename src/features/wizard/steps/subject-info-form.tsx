import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { TextField } from '../../../ui/form/text-field'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'

/** 主体名称 and 统一社会信用代码. */
export function SubjectInfoForm(props: StepBodyProps) {
  const info = props.flow.answers['subject-info']
  const initial = { name: info?.name ?? '', creditCode: info?.creditCode ?? '' }
  const { form, onSubmit, errorOf } = useStepForm('subject-info', props, initial, ['name', 'creditCode'])
  return (
    <form onSubmit={onSubmit} noValidate>
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
        hint={t('wizard.fields.creditCodeHint')}
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
