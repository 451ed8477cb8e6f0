import { t, type MessageKey, type MessageParams } from '../../i18n'
import { requireRuleValue, type RuleSet } from '../rules/rule-set'
import { allowedCharactersText } from './characters'
import { logoFormats, formatFileSize } from './logo'
import { documentedSchemesText } from './server-domain'

/** Every field with a label and hint; `passwordConfirm` exists on rehearsal screens only. */
export type LabelledField =
  | 'email'
  | 'password'
  | 'passwordConfirm'
  | 'captcha'
  | 'adminName'
  | 'idCardNumber'
  | 'mobile'
  | 'smsCode'
  | 'creditCode'
  | 'miniProgramName'
  | 'intro'
  | 'logo'
  | 'appId'
  | 'appSecret'
  | 'serverDomain'

interface FieldText {
  label: MessageKey
  /** The hint, or the one fitting what the rule set states. */
  hint: MessageKey | ((ruleSet: RuleSet) => MessageKey)
  params?: (ruleSet: RuleSet) => MessageParams
}

const texts: Record<LabelledField, FieldText> = {
  email: { label: 'fields.email.label', hint: 'fields.email.hint' },
  password: {
    label: 'fields.password.label',
    hint: 'fields.password.hint',
    params: (rs) => ({ min: requireRuleValue(rs, 'PASSWORD_POLICY').minLength }),
  },
  passwordConfirm: { label: 'fields.passwordConfirm.label', hint: 'fields.passwordConfirm.hint' },
  captcha: { label: 'fields.captcha.label', hint: 'fields.captcha.hint' },
  adminName: { label: 'fields.adminName.label', hint: 'fields.adminName.hint' },
  idCardNumber: {
    label: 'fields.idCard.label',
    hint: 'fields.idCard.hint',
    params: (rs) => ({ limit: requireRuleValue(rs, 'ID_CARD_LIMIT').limit }),
  },
  mobile: {
    label: 'fields.mobile.label',
    hint: 'fields.mobile.hint',
    params: (rs) => ({ limit: requireRuleValue(rs, 'PHONE_LIMIT').limit }),
  },
  smsCode: {
    label: 'fields.smsCode.label',
    hint: 'fields.smsCode.hint',
    params: (rs) => ({ length: requireRuleValue(rs, 'SMS_CODE').length }),
  },
  creditCode: {
    label: 'fields.creditCode.label',
    hint: 'fields.creditCode.hint',
    params: (rs) => ({ ...requireRuleValue(rs, 'CREDIT_CODE') }),
  },
  miniProgramName: {
    label: 'fields.miniProgramName.label',
    hint: 'fields.miniProgramName.hint',
    params: (rs) => {
      const { minWidth, maxWidth, forbiddenWords, characters } = requireRuleValue(rs, 'MP_NAME')
      return {
        min: minWidth,
        max: maxWidth,
        word: forbiddenWords.join(t('fields.separators.list')),
        characters: characters
          ? t('fields.miniProgramName.hintCharacters', { allowed: allowedCharactersText(characters) })
          : '',
      }
    },
  },
  intro: {
    label: 'fields.intro.label',
    hint: (rs) =>
      requireRuleValue(rs, 'MP_INTRO').minHanCharacters === null
        ? 'fields.intro.hint'
        : 'fields.intro.hintHan',
    params: (rs) => {
      const { minLength, maxLength, minHanCharacters } = requireRuleValue(rs, 'MP_INTRO')
      return { min: minLength, max: maxLength, minHan: minHanCharacters ?? '' }
    },
  },
  logo: {
    label: 'fields.logo.label',
    hint: 'fields.logo.hint',
    params: (rs) => {
      const rule = requireRuleValue(rs, 'MP_LOGO')
      return { formats: logoFormats(rule), maxSize: formatFileSize(rule.maxBytes), side: rule.suggestedSide }
    },
  },
  appId: { label: 'fields.appId.label', hint: 'fields.appId.hint' },
  appSecret: { label: 'fields.appSecret.label', hint: 'fields.appSecret.hint' },
  serverDomain: {
    label: 'fields.serverDomain.label',
    hint: 'fields.serverDomain.hint',
    params: (rs) => ({ schemes: documentedSchemesText(requireRuleValue(rs, 'SERVER_DOMAIN')) }),
  },
}

/** The guide's label for a field: 邮箱, 管理员身份证, 头像（LOGO）… */
export function fieldLabel(field: LabelledField): string {
  return t(texts[field].label)
}

/** The hint under the label, with the rule set's numbers (一个身份证号码只能绑定5个小程序。). */
export function fieldHint(field: LabelledField, ruleSet: RuleSet): string {
  const { hint, params } = texts[field]
  return t(typeof hint === 'function' ? hint(ruleSet) : hint, params?.(ruleSet))
}
