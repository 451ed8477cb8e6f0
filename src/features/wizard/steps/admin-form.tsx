import type { FormEvent } from 'react'
import { fieldHint, fieldLabel } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { TextField } from '../../../ui/form/text-field'
import { Notice } from '../../../ui/notice'
import { useLedgerList } from '../use-ledger-list'
import { LedgerPick } from './ledger-pick'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'
import '../../../i18n/wizard-messages'

const order = ['name', 'idCardNumber', 'mobile'] as const

/**
 * 管理员姓名, 管理员身份证, 管理员手机. Once saved, the numbers are kept only masked: to keep the saved admin the
 * user goes on without retyping; to change it they type all three again. An admin picked from the ledger
 * comes masked with its keyed hashes, and is not typed at all (not for an individual subject, whose age the
 * full number shows).
 */
export function AdminForm(props: StepBodyProps) {
  const saved = props.flow.completed.includes('admin') ? props.flow.answers.admin : undefined
  const initial = { name: saved?.name ?? '', idCardNumber: '', mobile: '', idCardHash: '', mobileHash: '' }
  const { form, onSubmit, errorOf, restored } = useStepForm('admin', props, initial, order)
  const individual = props.flow.answers['subject-type']?.subjectType === 'individual'
  const admins = useLedgerList((ledger) => ledger.ledgerChoices.admins(), 'admins')
  const picked = form.watch('idCardHash') !== ''

  const fill = (values: typeof initial) => {
    for (const [name, value] of Object.entries(values)) {
      form.setValue(name as keyof typeof initial, value, { shouldDirty: true })
    }
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    const { idCardNumber, mobile } = form.getValues()
    if (saved && idCardNumber === '' && mobile === '') {
      // Kept as saved: the machine says where to go (the next step, or back to check answers after 修改).
      event.preventDefault()
      props.keep()
      return
    }
    void onSubmit(event)
  }

  const values = form.getValues()
  const pickedError =
    errorOf('idCardNumber') ?? errorOf('mobile') ?? errorOf('idCardHash') ?? errorOf('mobileHash')
  // Typed before a reload or a closed tab: the full numbers were never stored, so they must be typed again.
  const retype = restored.draft && !restored.fromMemory && !picked && !saved
  return (
    <form onSubmit={submit} noValidate>
      {retype ? (
        <Notice title={t('wizard.step.privateRetypeTitle')}>
          <p>{t('wizard.step.privateRetype')}</p>
        </Notice>
      ) : null}
      {saved && !picked ? (
        <Notice title={t('wizard.step.saved')}>
          <p>
            {t('wizard.fields.adminSaved', {
              name: saved.name,
              idCard: saved.idCardNumber,
              mobile: saved.mobile,
            })}
          </p>
          <p>{t('wizard.fields.adminSavedKeep')}</p>
        </Notice>
      ) : null}
      {individual ? null : (
        <LedgerPick
          label={t('wizard.ledgerPick.admin')}
          hint={t('wizard.ledgerPick.adminHint')}
          items={admins}
          optionLabel={(a) =>
            t('wizard.ledgerPick.adminOption', {
              name: a.name,
              idCard: a.idCardMasked,
              mobile: a.mobileMasked,
              count: a.idCardMiniPrograms,
            })
          }
          onPick={(a) =>
            fill({
              name: a.name,
              idCardNumber: a.idCardMasked,
              mobile: a.mobileMasked,
              idCardHash: a.idCardHash,
              mobileHash: a.mobileHash,
            })
          }
        />
      )}
      <TextField
        id={fieldId('name')}
        label={fieldLabel('adminName')}
        hint={fieldHint('adminName', props.ruleSet)}
        autoComplete="name"
        width="medium"
        error={errorOf('name')}
        {...form.register('name')}
      />
      {picked ? (
        <Notice title={t('wizard.ledgerPick.adminPickedTitle')}>
          <p id={fieldId('idCardNumber')} tabIndex={-1}>
            {t('wizard.ledgerPick.adminPicked', {
              name: values.name,
              idCard: values.idCardNumber,
              mobile: values.mobile,
            })}
          </p>
          {pickedError ? <p className="field__error">{pickedError}</p> : null}
          <Button
            variant="secondary"
            onClick={() =>
              fill({ ...form.getValues(), idCardNumber: '', mobile: '', idCardHash: '', mobileHash: '' })
            }
          >
            {t('wizard.ledgerPick.adminTypeInstead')}
          </Button>
        </Notice>
      ) : (
        <>
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
        </>
      )}
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
