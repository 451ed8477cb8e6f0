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

const makers = {
  email: createEmailSchema,
  password: createPasswordSchema,
  captcha: createCaptchaSchema,
  adminName: createAdminNameSchema,
  idCardNumber: createIdCardNumberSchema,
  mobile: createMobileSchema,
  smsCode: createSmsCodeSchema,
  subjectName: createSubjectNameSchema,
  creditCode: createCreditCodeSchema,
  miniProgramName: createMiniProgramNameSchema,
  /** A name the platform already registered, as the ledger records it (its characters not judged). */
  registeredMiniProgramName: createRegisteredMiniProgramNameSchema,
  intro: createIntroSchema,
  logo: createLogoSchema,
  appId: createAppIdSchema,
  appSecret: createAppSecretSchema,
  serverDomain: createServerDomainSchema,
}

export type FieldSchemas = { readonly [K in keyof typeof makers]: ReturnType<(typeof makers)[K]> }

const built = new WeakMap<RuleSet, FieldSchemas>()

/**
 * Every field's schema under `ruleSet`. Each is built when first read and kept with its rule set: a step's form
 * reads two or three of the sixteen, and a schema costs a page's load and every 下一步 to build (zod sets up
 * each schema's checks when it is made). Schemas are immutable, so one copy serves every screen.
 */
export function createFieldSchemas(ruleSet: RuleSet): FieldSchemas {
  const known = built.get(ruleSet)
  if (known) return known
  const made: Partial<Record<keyof typeof makers, unknown>> = {}
  const schemas = Object.defineProperties(
    {},
    Object.fromEntries(
      Object.entries(makers).map(([name, make]) => [
        name,
        { enumerable: true, get: () => (made[name as keyof typeof makers] ??= make(ruleSet)) },
      ]),
    ),
  ) as FieldSchemas
  built.set(ruleSet, schemas)
  return schemas
}

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
