import { fieldHint, fieldLabel, requireRuleValue, samples } from '../../../../domain'
import { t } from '../../../../i18n'
import '../messages'
import {
  MockActions,
  MockButton,
  MockChoice,
  MockField,
  MockFrame,
  MockGroup,
  MockTitle,
  MockValue,
} from '../mock-parts'
import type { ScreenProps } from './screen-props'

// The guide's first steps: 立即注册 → 小程序 → the registration form → the activation mail.

/** 立即注册 and 请选择注册的帐号类型, with 小程序 chosen (rule OA_MENU_PATH names the account types as the wizard does). */
export function RegisterEntryScreen({ ruleSet }: ScreenProps) {
  const separate = requireRuleValue(ruleSet, 'OA_MENU_PATH').serviceAccountSeparate
  const accountTypes = separate ? 'terms.accountTypeSeparate' : 'terms.accountType'
  return (
    <MockFrame name={t('rehearsal.screens.register-entry.name')}>
      <div className="mock__topnav">
        <span>{t('rehearsal.screens.register-entry.login')}</span>
        <span className="mock__topnav-current">{t('rehearsal.screens.register-entry.register')}</span>
      </div>
      <MockGroup legend={t('rehearsal.screens.register-entry.title')}>
        <div className="mock__cards">
          <MockChoice
            type="radio"
            name="mock-account-type"
            checked={false}
            label={t(`${accountTypes}.service`)}
          />
          <MockChoice
            type="radio"
            name="mock-account-type"
            checked={false}
            label={t(`${accountTypes}.subscription`)}
          />
          <MockChoice
            type="radio"
            name="mock-account-type"
            checked
            label={t('rehearsal.screens.register-entry.miniProgram')}
            hint={t('rehearsal.screens.register-entry.chosen')}
          />
        </div>
      </MockGroup>
    </MockFrame>
  )
}

/** 邮箱, 密码, 确认密码 and 验证码, filled with the samples; the hints are the guide's, with the rule set's numbers. */
export function AccountFormScreen({ path, ruleSet }: ScreenProps) {
  return (
    <MockFrame name={t('rehearsal.screens.account-form.name')}>
      <MockTitle>{t('rehearsal.screens.account-form.title')}</MockTitle>
      <MockField
        label={fieldLabel('email')}
        type="email"
        value={samples.account.email}
        hint={fieldHint('email', ruleSet)}
      />
      <MockField
        label={fieldLabel('password')}
        type="password"
        value={samples.password}
        hint={fieldHint('password', ruleSet)}
      />
      <MockField
        label={fieldLabel('passwordConfirm')}
        type="password"
        value={samples.password}
        hint={fieldHint('passwordConfirm', ruleSet)}
      />
      <MockField
        label={fieldLabel('captcha')}
        value={samples.captcha}
        hint={fieldHint('captcha', ruleSet)}
        after={
          <>
            <span className="mock__captcha" aria-hidden="true">
              {samples.captcha}
            </span>
            <MockButton>{t('rehearsal.screens.account-form.newCaptcha')}</MockButton>
          </>
        }
      />
      <div className="mock__row mock__row--plain">
        <MockChoice type="checkbox" checked label={t('rehearsal.screens.account-form.agreement')} />
      </div>
      <MockActions>
        {path === 'reuse' ? (
          <>
            <MockButton>{t('rehearsal.screens.account-form.back')}</MockButton>
            <MockButton primary>{t('rehearsal.screens.account-form.submit')}</MockButton>
          </>
        ) : (
          <MockButton primary>{t('rehearsal.screens.account-form.register')}</MockButton>
        )}
      </MockActions>
    </MockFrame>
  )
}

/** The activation mail sent to the sample address: our own simplified words, the link not a link. */
export function ActivationMailScreen() {
  return (
    <MockFrame name={t('rehearsal.screens.activation-mail.name')}>
      <div className="mock__mail-head">
        <MockValue label={t('rehearsal.screens.activation-mail.from')}>
          {t('rehearsal.screens.activation-mail.fromName')}
        </MockValue>
        <MockValue label={t('rehearsal.screens.activation-mail.to')}>{samples.account.email}</MockValue>
        <MockValue label={t('rehearsal.screens.activation-mail.subject')}>
          {t('rehearsal.screens.activation-mail.subjectText')}
        </MockValue>
      </div>
      <div className="mock__mail-body">
        <p>{t('rehearsal.screens.activation-mail.greeting')}</p>
        <p>{t('rehearsal.screens.activation-mail.body')}</p>
        <p className="mock__fake-link">{t('rehearsal.screens.activation-mail.link')}</p>
        <p>{t('rehearsal.screens.activation-mail.after')}</p>
      </div>
    </MockFrame>
  )
}
