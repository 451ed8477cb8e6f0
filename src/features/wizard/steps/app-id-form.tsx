import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { createFieldSchemas, fieldHint, fieldLabel, transition } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { TextField } from '../../../ui/form/text-field'
import { syncAppId } from '../ledger-sync'
import { rejectionText } from '../rejection-text'
import { fieldId, type StepBodyProps } from './step-body'
import { summaryOf } from './use-step-form'
import '../../../i18n/wizard-messages'

/** Where the AppID went besides this registration: the ledger's record, or why not. */
export type AppIdLedgerNote = 'in-ledger' | 'ledger-unavailable' | 'not-in-ledger'

interface AppIdFormProps extends StepBodyProps {
  /** The page's one primary action until an AppID is recorded; a quiet button when it is being corrected. */
  primary: boolean
  onSaved: (note: AppIdLedgerNote) => void
}

/**
 * AppID (rule: APPID), checked with the domain's field schema as typed, then by the machine, which records it
 * as an outcome of the registration; then written to the ledger's record of the registration. Another mini
 * program of the ledger holding the same AppID is refused there, and nothing is recorded.
 */
export function AppIdForm({ primary, onSaved, ...props }: AppIdFormProps) {
  const schema = useMemo(() => z.object({ appId: createFieldSchemas(props.ruleSet).appId }), [props.ruleSet])
  const form = useForm<{ appId: string }>({
    resolver: zodResolver(schema),
    defaultValues: { appId: props.flow.outcomes.appId ?? '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const id = fieldId('appId')

  const refuse = (message: string) => {
    form.setError('appId', { message })
    props.reportErrors([{ fieldId: id, message }])
  }

  const onSubmit = form.handleSubmit(
    async ({ appId }) => {
      const outcome = { kind: 'app-id-recorded', appId } as const
      // The machine's own check first, so nothing reaches the ledger that the registration would refuse.
      const check = transition(props.flow, { type: 'record', outcome }, { today: props.today })
      if (!check.ok) {
        refuse(check.issues[0]?.message ?? rejectionText(check.reason ?? 'unknown-event'))
        return
      }
      const synced = await syncAppId(props.item.id, appId)
      if (!synced.ok && synced.reason === 'duplicate') {
        refuse(t('wizard.done.appIdTaken'))
        return
      }
      props.record(outcome)
      onSaved(
        synced.ok ? 'in-ledger' : synced.reason === 'unavailable' ? 'ledger-unavailable' : 'not-in-ledger',
      )
    },
    (errors) => props.reportErrors(summaryOf(errors, ['appId'])),
  )

  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField
        id={id}
        label={fieldLabel('appId')}
        hint={fieldHint('appId', props.ruleSet)}
        width="medium"
        autoComplete="off"
        spellCheck={false}
        error={form.formState.errors.appId?.message}
        {...form.register('appId')}
      />
      <div className="button-row">
        <Button type="submit" variant={primary ? 'primary' : 'secondary'}>
          {t('wizard.done.appIdSave')}
        </Button>
      </div>
    </form>
  )
}
