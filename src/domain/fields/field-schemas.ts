// The field schemas' public face: every schema built from one rule set, and the helpers the admin step and
// trainer mode's rehearsal screens build on. Every number comes from the rule set passed in.
import './zod-locale'
import { ruleSets } from '../rules/rule-sets'
import type { RuleSet } from '../rules/rule-set'
import { createAdminNameSchema } from './admin-name'
import { createAppIdSchema } from './app-id'
import { createAppSecretSchema } from './app-secret'
import { createCaptchaSchema } from './captcha'
import { createCreditCodeSchema } from './credit-code'
import { createEmailSchema } from './email'
import { createIdCardNumberSchema } from './id-card-number'
import { createIntroSchema } from './intro'
import { createLogoSchema } from './logo'
import { createMiniProgramNameSchema, createRegisteredMiniProgramNameSchema } from './mini-program-name'
import { createMobileSchema } from './mobile'
import { createPasswordSchema } from './password'
import { createServerDomainSchema } from './server-domain'
import { createSmsCodeSchema } from './sms-code'
import { createSubjectNameSchema } from './subject-name'

export function createFieldSchemas(ruleSet: RuleSet) {
  return {
    email: createEmailSchema(ruleSet),
    password: createPasswordSchema(ruleSet),
    captcha: createCaptchaSchema(ruleSet),
    adminName: createAdminNameSchema(ruleSet),
    idCardNumber: createIdCardNumberSchema(ruleSet),
    mobile: createMobileSchema(ruleSet),
    smsCode: createSmsCodeSchema(ruleSet),
    subjectName: createSubjectNameSchema(ruleSet),
    creditCode: createCreditCodeSchema(ruleSet),
    miniProgramName: createMiniProgramNameSchema(ruleSet),
    /** A name the platform already registered, as the ledger records it (its characters not judged). */
    registeredMiniProgramName: createRegisteredMiniProgramNameSchema(ruleSet),
    intro: createIntroSchema(ruleSet),
    logo: createLogoSchema(ruleSet),
    appId: createAppIdSchema(ruleSet),
    appSecret: createAppSecretSchema(ruleSet),
    serverDomain: createServerDomainSchema(ruleSet),
  }
}

export type FieldSchemas = ReturnType<typeof createFieldSchemas>
export type FieldName = keyof FieldSchemas

/** The schemas of the default rule set (`current`). A screen following the user's rule set builds its own. */
export const schemas: FieldSchemas = createFieldSchemas(ruleSets.current)

export { passwordConfirmationSchema } from './password'
export { createIdCardForAdminSchema } from './id-card-for-admin'
export { composeIdCardNumber, idCardBirthDate, isValidIdCardNumber } from './gb-11643'
export { composeCreditCode, isValidCreditCode } from './gb-32100'
export { displayWidth } from './display-width'
export { allowedCharactersText } from './characters'
export { miniProgramNameKey, sameMiniProgramName } from './mini-program-name'
export { formatFileSize, logoWarnings, type LogoMetadata, type LogoWarning } from './logo'
export { serverDomainNoteText } from './server-domain'
export type { ServerDomain, ServerDomainNote } from './server-domain'
export { ruleOfIssue, type FieldProblem } from './field-problem'
export { fieldHint, fieldLabel } from './field-text'
