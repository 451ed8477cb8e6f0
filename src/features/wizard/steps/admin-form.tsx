import type { FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { fieldHint, fieldLabel, firstIncomplete, outline } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { TextField } from '../../../ui/form/text-field'
import { Notice } from '../../../ui/notice'
import { stepUrl } from '../urls'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'

const order = ['name', 'idCardNumber', 'mobile'] as const

/**
 * 管理员姓名, 管理员身份证, 管理员手机. Once saved, the numbers are kept only masked: to keep the saved admin the
 * user goes on without retyping; to change it they type all three again.
 */
export function AdminForm(props: StepBodyProps) {
  const navigate = useNavigate()
  const saved = props.flow.completed.includes('admin') ? props.flow.answers.admin : undefined
  const initial = { name: saved?.name ?? '', idCardNumber: '', mobile: '' }
  const { form, onSubmit, errorOf } = useStepForm('admin', props, initial, order)

  const submit = (event: FormEvent<HTMLFormElement>) => {
    const { idCardNumber, mobile } = form.getValues()
    if (saved && idCardNumber === '' && mobile === '') {
      event.preventDefault()
      // Kept as saved: on to the next step, or straight back to check answers after 修改.
      const steps = outline(props.flow).steps
      const next = props.flow.returnToReview ? firstIncomplete(props.flow) : steps[steps.indexOf('admin') + 1]
      if (next) navigate(stepUrl(props.item.id, next))
      return
    }
    void onSubmit(event)
  }

  return (
    <form onSubmit={submit} noValidate>
      {saved ? (
        <Notice title={t('wizard.step.saved')}>
          <p>
            {t('wizard.fields.adminSaved', {
              name: saved.name,
              idCard: saved.idCardNumber,
              mobile: saved.mobile,
            })}
          </p>
        </Notice>
      ) : null}
      <TextField
        id={fieldId('name')}
        label={fieldLabel('adminName')}
        hint={fieldHint('adminName', props.ruleSet)}
        autoComplete="name"
        width="medium"
        error={errorOf('name')}
        {...form.register('name')}
      />
      <TextField
        id={fieldId('idCardNumber')}
        label={fieldLabel('idCardNumber')}
        hint={fieldHint('idCardNumber', props.ruleSet)}
        width="medium"
        autoComplete="off"
        spellCheck={false}
        inputMode="text"
        error={errorOf('idCardNumber')}
        {...form.register('idCardNumber')}
      />
      <TextField
        id={fieldId('mobile')}
        label={fieldLabel('mobile')}
        hint={fieldHint('mobile', props.ruleSet)}
        width="medium"
        type="tel"
        autoComplete="tel-national"
        inputMode="tel"
        error={errorOf('mobile')}
        {...form.register('mobile')}
      />
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
