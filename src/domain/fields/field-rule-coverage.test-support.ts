// TEST SUPPORT ONLY: for every field rule, how changing its value changes what the field schemas accept
// (rule-coverage.test.ts runs it). The base is `current`; field rules are the same under both rule sets.
import { t } from '../../i18n'
import type { ruleTopics } from '../rules/rule-ids'
import type { RuleSet, RuleValues } from '../rules/rule-set'
import { accepted, refused, verdict, type RuleCoverage } from '../rule-coverage.test-support'
import { samples } from '../samples'
import { subjectTypes } from '../subject'
import {
  composeIdCardNumber,
  createFieldSchemas,
  createIdCardForAdminSchema,
  formatFileSize,
  logoWarnings,
  type FieldName,
  type FieldSchemas,
} from './field-schemas'

export type FieldRuleId = (typeof ruleTopics.field)[number]

// Schemas are a pure function of the rule set: built once per rule set object, however many cases read them.
const built = new WeakMap<RuleSet, FieldSchemas>()

function schemasOf(ruleSet: RuleSet): FieldSchemas {
  const schemas = built.get(ruleSet) ?? createFieldSchemas(ruleSet)
  built.set(ruleSet, schemas)
  return schemas
}

/** What one field schema of the rule set makes of a value. */
export function fieldOutcome(name: FieldName, input: unknown) {
  return (ruleSet: RuleSet) => verdict(schemasOf(ruleSet)[name], input)
}

const today = '2026-11-24'
/** Twenty on `today`: an adult at 18, not at 21. */
const bornIn2006 = composeIdCardNumber('110105', '2006-01-01', '001')
/** A 2023 foreigner's permanent residence card number: 9, 16 digits, a GB 11643 check character. */
const permanentResidenceNumber = '911156198501010012'
const logo = samples.profile.logo
const shownInRuleBook =
  'shown in the rule book (src/ui/rules/rule-text.ts); it limits what happens on the platform after ' +
  'registration, which the app cannot see, so no check reads it'

export const fieldCoverage: { [K in FieldRuleId]: RuleCoverage<K> } = {
  EMAIL_FORMAT: {
    values: {
      maxLength: [
        {
          change: '254 → 20',
          to: () => ({ maxLength: 20 }),
          outcome: fieldOutcome('email', ' Demo-MP-01@Example.com '),
          before: accepted('demo-mp-01@example.com'),
          after: refused('EMAIL_FORMAT', t('fields.email.tooLong', { max: 20 })),
        },
      ],
    },
  },

  PASSWORD_POLICY: {
    values: {
      minLength: [
        {
          change: '8 → 12',
          to: (v) => ({ ...v, minLength: 12 }),
          outcome: fieldOutcome('password', 'Sample2024!'),
          before: accepted('Sample2024!'),
          after: refused('PASSWORD_POLICY', t('fields.password.tooShort', { min: 12, length: 11 })),
        },
      ],
      maxLength: [
        {
          change: 'none → 10',
          to: (v) => ({ ...v, maxLength: 10 }),
          outcome: fieldOutcome('password', 'Sample2024!'),
          before: accepted('Sample2024!'),
          after: refused('PASSWORD_POLICY', t('fields.password.tooLong', { max: 10, length: 11 })),
        },
      ],
    },
  },

  CAPTCHA: {
    values: {
      required: [
        {
          // The type allows only `true` (the platform always asks): a forbidden value proves the schema reads it.
          change: 'true → false',
          to: () => ({ required: false }) as unknown as RuleValues['CAPTCHA'],
          outcome: fieldOutcome('captcha', '  '),
          before: refused('CAPTCHA', t('fields.captcha.required')),
          after: accepted(''),
        },
      ],
    },
  },

  ADMIN_NAME: {
    values: {
      dotVariants: [
        {
          change: "'.' no longer typed for the middle dot",
          to: (v) => ({ ...v, dotVariants: v.dotVariants.filter((d) => d !== '.') }),
          outcome: fieldOutcome('adminName', '买买提.艾力'),
          before: accepted('买买提·艾力'),
          after: refused('ADMIN_NAME', t('fields.adminName.characters')),
        },
      ],
      dot: [
        {
          change: "'·' → '・'",
          to: (v) => ({ ...v, dot: '\u30fb' }),
          outcome: fieldOutcome('adminName', '买买提 . 艾力'),
          before: accepted('买买提·艾力'),
          after: accepted('买买提\u30fb艾力'),
        },
      ],
      maxLength: [
        {
          change: '30 → 5',
          to: (v) => ({ ...v, maxLength: 5 }),
          outcome: fieldOutcome('adminName', '买买提·艾力'),
          before: accepted('买买提·艾力'),
          after: refused('ADMIN_NAME', t('fields.adminName.tooLong', { max: 5, length: 6 })),
        },
      ],
    },
  },

  ID_CARD_NUMBER: {
    values: {
      length: [
        {
          change: '18 → 15',
          to: (v) => ({ ...v, length: 15 }),
          outcome: fieldOutcome('idCardNumber', samples.admin.idCardNumber),
          before: accepted(samples.admin.idCardNumber),
          after: refused('ID_CARD_NUMBER', t('fields.idCard.length', { length: 15 })),
        },
      ],
      adultAge: [
        {
          change: "18 → 21, for an individual subject's admin",
          to: (v) => ({ ...v, adultAge: 21 }),
          outcome: (ruleSet) => verdict(createIdCardForAdminSchema(ruleSet, today, 'individual'), bornIn2006),
          before: accepted(bornIn2006),
          after: refused('ID_CARD_NUMBER', t('fields.idCard.underage', { age: 21 })),
        },
      ],
      foreignPermanentResidence: [
        {
          change: 'the permanent residence card no longer accepted',
          to: (v) => ({ ...v, foreignPermanentResidence: null }),
          outcome: fieldOutcome('idCardNumber', permanentResidenceNumber),
          before: accepted(permanentResidenceNumber),
          after: refused('ID_CARD_NUMBER', t('fields.idCard.province')),
        },
        {
          change: 'the card also for an individual subject',
          to: (v) => ({
            ...v,
            foreignPermanentResidence: { prefix: '9', subjectTypes: [...subjectTypes] },
          }),
          outcome: (ruleSet) =>
            verdict(createIdCardForAdminSchema(ruleSet, today, 'individual'), permanentResidenceNumber),
          before: refused(
            'ID_CARD_NUMBER',
            t('fields.idCard.foreignPermanentResidence', {
              subject: t('terms.subjectType.individual'),
              prefix: '9',
            }),
          ),
          after: accepted(permanentResidenceNumber),
        },
      ],
    },
  },

  MOBILE: {
    values: {
      length: [
        {
          change: '11 → 12',
          to: () => ({ length: 12 }),
          outcome: fieldOutcome('mobile', '+86 138 0013 8000'),
          before: accepted('13800138000'),
          after: refused('MOBILE', t('fields.mobile.format', { length: 12 })),
        },
      ],
    },
  },

  SMS_CODE: {
    values: {
      length: [
        {
          change: '6 → 4',
          to: (v) => ({ ...v, length: 4 }),
          outcome: fieldOutcome('smsCode', samples.smsCode),
          before: accepted(samples.smsCode),
          after: refused('SMS_CODE', t('fields.smsCode.format', { length: 4 })),
        },
      ],
      resendSeconds: {
        unchecked:
          'shown in the rule book only: the platform sends the code and times a resend; the app checks a ' +
          'typed code (on rehearsal screens), never when it was sent',
        to: (v) => ({ ...v, resendSeconds: 5 }),
      },
    },
  },

  CREDIT_CODE: {
    values: {
      length: [
        {
          change: '18 → 20',
          to: (v) => ({ ...v, length: 20 }),
          outcome: fieldOutcome('creditCode', samples.subjectInfo.creditCode),
          before: accepted(samples.subjectInfo.creditCode),
          after: refused('CREDIT_CODE', t('fields.creditCode.length', { length: 20, legacyLength: 15 })),
        },
      ],
      legacyLength: [
        {
          change: '15 → 13',
          to: (v) => ({ ...v, legacyLength: 13 }),
          outcome: fieldOutcome('creditCode', '110105 000012345'),
          before: accepted('110105000012345'),
          after: refused('CREDIT_CODE', t('fields.creditCode.length', { length: 18, legacyLength: 13 })),
        },
      ],
    },
  },

  MP_NAME: {
    values: {
      minWidth: [
        {
          change: '4 → 10',
          to: (v) => ({ ...v, minWidth: 10 }),
          outcome: fieldOutcome('miniProgramName', '示例助手'),
          before: accepted('示例助手'),
          after: refused('MP_NAME', t('fields.miniProgramName.tooShort', { width: 8, min: 10 })),
        },
      ],
      maxWidth: [
        {
          change: '30 → 10',
          to: (v) => ({ ...v, maxWidth: 10 }),
          outcome: fieldOutcome('miniProgramName', samples.profile.name),
          before: accepted(samples.profile.name),
          after: refused('MP_NAME', t('fields.miniProgramName.tooLong', { width: 12, max: 10 })),
        },
      ],
      forbiddenWords: [
        {
          change: "'助手' forbidden too",
          to: (v) => ({ ...v, forbiddenWords: [...v.forbiddenWords, '助手'] }),
          outcome: fieldOutcome('miniProgramName', samples.profile.name),
          before: accepted(samples.profile.name),
          after: refused('MP_NAME', t('fields.miniProgramName.forbiddenWord', { word: '助手' })),
        },
      ],
      changesPerYear: { unchecked: shownInRuleBook, to: (v) => ({ ...v, changesPerYear: 0 }) },
      characters: [
        {
          change: "'&' no longer allowed",
          to: (v) => ({
            ...v,
            characters: v.characters && {
              ...v.characters,
              symbols: v.characters.symbols.filter((c) => c !== '&'),
            },
          }),
          outcome: fieldOutcome('miniProgramName', 'A&B 预约'),
          before: accepted('A&B 预约'),
          after: refused(
            'MP_NAME',
            t('fields.characters.notAllowed', {
              field: '名称',
              char: '“&”',
              allowed: '汉字、英文字母、数字、空格和“-”、“+”、“.”',
            }),
          ),
        },
        {
          change: 'the characters not stated (as under guide)',
          to: (v) => ({ ...v, characters: null }),
          outcome: fieldOutcome('miniProgramName', '<b>预约</b>'),
          before: refused(
            'MP_NAME',
            t('fields.characters.notAllowed', {
              field: '名称',
              char: '“<”',
              allowed: '汉字、英文字母、数字、空格和“-”、“+”、“&”、“.”',
            }),
          ),
          after: accepted('<b>预约</b>'),
        },
      ],
    },
  },

  SUBJECT_NAME: {
    values: {
      characters: [
        {
          change: 'half-width brackets no longer allowed',
          to: (v) => ({
            characters: v.characters && {
              ...v.characters,
              symbols: v.characters.symbols.filter((c) => c !== '(' && c !== ')'),
            },
          }),
          outcome: fieldOutcome('subjectName', '示例科技(深圳)有限公司'),
          before: accepted('示例科技(深圳)有限公司'),
          after: refused(
            'SUBJECT_NAME',
            t('fields.characters.notAllowed', {
              field: '主体名称',
              char: '“(”',
              allowed: '汉字、英文字母、数字和“（）”、“·”',
            }),
          ),
        },
        {
          change: 'the characters not stated (as under guide)',
          to: () => ({ characters: null }),
          outcome: fieldOutcome('subjectName', '示例<科技>有限公司'),
          before: refused(
            'SUBJECT_NAME',
            t('fields.characters.notAllowed', {
              field: '主体名称',
              char: '“<”',
              allowed: '汉字、英文字母、数字和“（）”、“()”、“·”',
            }),
          ),
          after: accepted('示例<科技>有限公司'),
        },
      ],
    },
  },

  MP_INTRO: {
    values: {
      minLength: [
        {
          change: '4 → 20',
          to: (v) => ({ ...v, minLength: 20 }),
          outcome: fieldOutcome('intro', samples.profile.intro),
          before: accepted(samples.profile.intro),
          after: refused('MP_INTRO', t('fields.intro.tooShort', { min: 20, length: 16 })),
        },
      ],
      maxLength: [
        {
          change: '120 → 10',
          to: (v) => ({ ...v, maxLength: 10 }),
          outcome: fieldOutcome('intro', samples.profile.intro),
          before: accepted(samples.profile.intro),
          after: refused('MP_INTRO', t('fields.intro.tooLong', { max: 10, length: 16, over: 6 })),
        },
      ],
      editsPerMonth: { unchecked: shownInRuleBook, to: (v) => ({ ...v, editsPerMonth: 0 }) },
      minHanCharacters: [
        {
          change: '4 → 15',
          to: (v) => ({ ...v, minHanCharacters: 15 }),
          outcome: fieldOutcome('intro', samples.profile.intro),
          before: accepted(samples.profile.intro),
          after: refused('MP_INTRO', t('fields.intro.tooFewHan', { min: 15, count: 14 })),
        },
        {
          change: 'not stated (as under guide)',
          to: (v) => ({ ...v, minHanCharacters: null }),
          outcome: fieldOutcome('intro', 'Book a table online.'),
          before: refused('MP_INTRO', t('fields.intro.tooFewHan', { min: 4, count: 0 })),
          after: accepted('Book a table online.'),
        },
      ],
    },
  },

  MP_LOGO: {
    values: {
      mimeTypes: [
        {
          change: 'PNG no longer accepted',
          to: (v) => ({ ...v, mimeTypes: v.mimeTypes.filter((type) => type !== 'image/png') }),
          outcome: fieldOutcome('logo', logo),
          before: accepted(logo),
          after: refused('MP_LOGO', t('fields.logo.type', { formats: 'BMP、JPEG、GIF' }), 'type'),
        },
      ],
      maxBytes: [
        {
          change: '2 MB → 16,000 bytes',
          to: (v) => ({ ...v, maxBytes: 16_000 }),
          outcome: fieldOutcome('logo', logo),
          before: accepted(logo),
          after: refused(
            'MP_LOGO',
            t('fields.logo.tooLarge', { maxSize: formatFileSize(16_000), size: formatFileSize(logo.size) }),
            'size',
          ),
        },
      ],
      // Advice, never a refusal: the observable outcome is the warning shown beside the field.
      suggestedSide: [
        {
          change: '144 → 200',
          to: (v) => ({ ...v, suggestedSide: 200 }),
          outcome: (ruleSet) => logoWarnings(logo, ruleSet).map((w) => w.kind),
          before: [],
          after: ['small'],
        },
      ],
      changesPerYear: { unchecked: shownInRuleBook, to: (v) => ({ ...v, changesPerYear: 0 }) },
    },
  },

  APPID: {
    values: {
      prefix: [
        {
          change: "'wx' → 'tt'",
          to: (v) => ({ ...v, prefix: 'tt' }),
          outcome: fieldOutcome('appId', 'wx0123456789abcdef'),
          before: accepted('wx0123456789abcdef'),
          after: refused('APPID', t('fields.appId.format', { prefix: 'tt', hexLength: 16 })),
        },
      ],
      hexLength: [
        {
          change: '16 → 14',
          to: (v) => ({ ...v, hexLength: 14 }),
          outcome: fieldOutcome('appId', 'wx0123456789abcdef'),
          before: accepted('wx0123456789abcdef'),
          after: refused('APPID', t('fields.appId.format', { prefix: 'wx', hexLength: 14 })),
        },
      ],
    },
  },

  APPSECRET: {
    values: {
      hexLength: [
        {
          change: '32 → 16',
          to: () => ({ hexLength: 16 }),
          outcome: fieldOutcome('appSecret', '0123456789abcdef0123456789ABCDEF'),
          before: accepted('0123456789abcdef0123456789ABCDEF'),
          after: refused('APPSECRET', t('fields.appSecret.format', { hexLength: 16 })),
        },
      ],
    },
  },

  SERVER_DOMAIN: {
    values: {
      schemes: [
        {
          change: 'wss:// no longer accepted',
          to: (v) => ({ ...v, schemes: v.schemes.filter((s) => s.scheme !== 'wss') }),
          outcome: fieldOutcome('serverDomain', 'wss://socket.example.com'),
          before: accepted({
            scheme: 'wss',
            kinds: ['socket'],
            host: 'socket.example.com',
            origin: 'wss://socket.example.com',
          }),
          after: refused('SERVER_DOMAIN', t('fields.serverDomain.scheme', { schemes: 'https://' })),
        },
        {
          change: 'a wss port kept as typed, as under guide',
          to: (v) => ({ ...v, schemes: v.schemes.map((s) => ({ ...s, port: 'exact' as const })) }),
          outcome: fieldOutcome('serverDomain', 'wss://socket.example.com:8443'),
          before: accepted({
            scheme: 'wss',
            kinds: ['socket'],
            host: 'socket.example.com',
            origin: 'wss://socket.example.com',
            note: { kind: 'port-dropped', port: 8443 },
          }),
          after: accepted({
            scheme: 'wss',
            kinds: ['socket'],
            host: 'socket.example.com',
            port: 8443,
            origin: 'wss://socket.example.com:8443',
          }),
        },
        {
          change: 'the tcp form documented',
          to: (v) => ({ ...v, schemes: v.schemes.map((s) => ({ ...s, documented: true })) }),
          outcome: fieldOutcome('serverDomain', 'tcp://tcp.example.com'),
          before: accepted({
            scheme: 'tcp',
            kinds: ['tcp'],
            host: 'tcp.example.com',
            origin: 'tcp://tcp.example.com',
            note: { kind: 'format-unverified' },
          }),
          after: accepted({
            scheme: 'tcp',
            kinds: ['tcp'],
            host: 'tcp.example.com',
            origin: 'tcp://tcp.example.com',
          }),
        },
      ],
      forbiddenHosts: [
        {
          change: 'api.example.com forbidden too',
          to: (v) => ({ ...v, forbiddenHosts: [...v.forbiddenHosts, 'api.example.com'] }),
          outcome: fieldOutcome('serverDomain', 'https://API.example.com/'),
          before: accepted({
            scheme: 'https',
            kinds: ['request', 'uploadFile', 'downloadFile'],
            host: 'api.example.com',
            origin: 'https://api.example.com',
          }),
          after: refused('SERVER_DOMAIN', t('fields.serverDomain.forbidden', { host: 'api.example.com' })),
        },
      ],
      localHosts: [
        {
          change: 'localhost no longer named (as under guide)',
          to: (v) => ({ ...v, localHosts: [] }),
          outcome: fieldOutcome('serverDomain', 'https://app.localhost'),
          before: refused('SERVER_DOMAIN', t('fields.serverDomain.localhost', { host: 'app.localhost' })),
          after: accepted({
            scheme: 'https',
            kinds: ['request', 'uploadFile', 'downloadFile'],
            host: 'app.localhost',
            origin: 'https://app.localhost',
          }),
        },
      ],
      parentDomainsRefused: [
        {
          change: 'true → false (as under guide)',
          to: (v) => ({ ...v, parentDomainsRefused: false }),
          outcome: fieldOutcome('serverDomain', 'https://*.example.com'),
          before: refused('SERVER_DOMAIN', t('fields.serverDomain.parentDomain', { host: '*.example.com' })),
          after: refused('SERVER_DOMAIN', t('fields.serverDomain.host')),
        },
      ],
      maxPerKind: {
        unchecked: `${shownInRuleBook}; the field checks one domain; the lists' limit is checked by parseServerDomainLines (publishing/server-domains.test.ts)`,
        to: (v) => ({ ...v, maxPerKind: 1 }),
      },
      changesPerMonth: { unchecked: shownInRuleBook, to: (v) => ({ ...v, changesPerMonth: 0 }) },
    },
  },
}
