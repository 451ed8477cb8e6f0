import { fieldHint, fieldLabel } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { TextField } from '../../../ui/form/text-field'
import { PasswordCheck } from './password-check'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'
import '../../../i18n/wizard-messages'

/** 邮箱: the one thing the wizard keeps of the platform's account form. Password and captcha stay there. */
export function AccountForm(props: StepBodyProps) {
  const email = props.flow.answers.account?.email ?? ''
  const accountEmail = props.flow.answers['oa-status']?.email
  const { form, onSubmit, errorOf } = useStepForm('account', props, { email }, ['email'])
  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField
        id={fieldId('email')}
        label={fieldLabel('email')}
        hint={
          // One paragraph a hint, all of them the field's description (aria-describedby): the reuse path adds
          // that the official account's own email is not allowed (rule: EMAIL_UNIQUE), naming it.
          <>
            <p>{fieldHint('email', props.ruleSet)}</p>
            {props.flow.path === 'reuse' ? (
              <p>
                {accountEmail
                  ? t('wizard.fields.emailNotAccountsNamed', { email: accountEmail })
                  : t('wizard.fields.emailNotAccounts')}
              </p>
            ) : null}
          </>
        }
        type="email"
        autoComplete="email"
        spellCheck={false}
        error={errorOf('email')}
        {...form.register('email')}
      />
      <PasswordCheck ruleSet={props.ruleSet} />
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
