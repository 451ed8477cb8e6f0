import { organisationTypes, subjectTypes, type SubjectType } from '../subject'
import type { RuleId } from './rule-ids'
import type { DraftRule, RuleValues, ServerDomainScheme } from './rule-set'

const all = subjectTypes
const orgs = organisationTypes

function rule<K extends RuleId>(r: DraftRule<K>): DraftRule<K> {
  return r
}

/** 50 for enterprise, government, media, other org; 5 for sole proprietor and individual. */
const subjectTotals: Record<SubjectType, number> = {
  enterprise: 50,
  government: 50,
  media: 50,
  other_org: 50,
  sole_proprietor: 5,
  individual: 5,
}

// The characters a name may hold and the intro's language are stated by the platform's documents, not by the
// guide: `current` extends these values with them (see current.ts).
export const miniProgramNameValue: RuleValues['MP_NAME'] = {
  minWidth: 4,
  maxWidth: 30,
  forbiddenWords: ['小程序'],
  changesPerYear: 2,
  characters: null,
}
export const introValue: RuleValues['MP_INTRO'] = {
  minLength: 4,
  maxLength: 120,
  editsPerMonth: 5,
  minHanCharacters: null,
}

export const idCardNumberValue: RuleValues['ID_CARD_NUMBER'] = {
  length: 18,
  adultAge: 18,
  foreignPermanentResidence: null,
}

/**
 * What both rule sets say alike of server domains (rule: SERVER_DOMAIN): https for requests, uploads and downloads
 * with a configured port used exactly; api.weixin.qq.com refused; 200 a list, 50 changes a month. Each set adds
 * its own wss port rule, lists and refusals (current.ts, guide.ts).
 */
export const httpsServerDomain: ServerDomainScheme = {
  scheme: 'https',
  kinds: ['request', 'uploadFile', 'downloadFile'],
  port: 'exact',
  documented: true,
}
export const serverDomainLimits = {
  forbiddenHosts: ['api.weixin.qq.com'],
  maxPerKind: 200,
  changesPerMonth: 50,
} as const satisfies Partial<RuleValues['SERVER_DOMAIN']>

/** Rules whose value is the same under `guide` and `current`: one definition serves both sets. */
export const sharedRules = {
  SUBJECT_TOTAL: rule({
    id: 'SUBJECT_TOTAL',
    appliesTo: all,
    sources: ['guide', 'third-party'],
    confidence: 'high',
    value: { limitBySubject: subjectTotals },
  }),
  ID_CARD_LIMIT: rule({
    id: 'ID_CARD_LIMIT',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { limit: 5 },
  }),
  PHONE_LIMIT: rule({
    id: 'PHONE_LIMIT',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { limit: 5 },
  }),
  EMAIL_UNIQUE: rule({
    id: 'EMAIL_UNIQUE',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { notOfficialAccountEmail: true },
  }),
  // Checked 2026-12-01: both limits are the official account's, whatever its subject. The guide: "公众号可关联同
  // 主体的10个小程序及不同主体的3个小程序"; a user quoting the platform's migration notes in the official developer
  // community: "公众号可关联10个同主体，3个非同主体小程序"
  // (developers.weixin.qq.com/community/develop/doc/0008427f5a83b8b1536e184fc56800). Neither names a subject type,
  // and a personal subscription account associates mini programs too, so both apply to every subject type (an
  // individual's 5 mini programs, SUBJECT_TOTAL, stay under 10 anyway). OA_LINK_SAME used to apply to
  // organisations only, with no source for it: the same-subject check was skipped for an individual's account.
  OA_LINK_SAME: rule({
    id: 'OA_LINK_SAME',
    appliesTo: all,
    sources: ['guide', 'third-party'],
    confidence: 'high',
    value: { limit: 10 },
  }),
  OA_LINK_OTHER: rule({
    id: 'OA_LINK_OTHER',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'medium',
    value: { limit: 3 },
  }),
  REUSE_OA_CERTIFIED: rule({
    id: 'REUSE_OA_CERTIFIED',
    appliesTo: orgs,
    sources: ['guide', 'official'],
    confidence: 'high',
    value: { accountTypes: ['subscription', 'service'] },
  }),
  REUSE_OA_TYPES: rule({
    id: 'REUSE_OA_TYPES',
    appliesTo: orgs,
    sources: ['official'],
    confidence: 'high',
    value: { subjectTypes: orgs },
  }),
  SUBJECT_LOCKED: rule({
    id: 'SUBJECT_LOCKED',
    appliesTo: all,
    sources: ['third-party'],
    confidence: 'high',
    value: { confirmationRequired: true },
  }),
  EMAIL_FORMAT: rule({
    id: 'EMAIL_FORMAT',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { maxLength: 254 },
  }),
  // The guide's form text: "字母、数字或者英文符号，最短8位，区分大小写" — a minimum, no maximum. Checked
  // 2026-12-01: no Tencent page found states a maximum (the 32 the app used had no source), so none is checked.
  PASSWORD_POLICY: rule({
    id: 'PASSWORD_POLICY',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { minLength: 8, maxLength: null },
  }),
  CAPTCHA: rule({
    id: 'CAPTCHA',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { required: true },
  }),
  ADMIN_NAME: rule({
    id: 'ADMIN_NAME',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { dotVariants: ['.', '\u30fb', '\uff65', '\uff0e', '\u2022'], dot: '\u00b7', maxLength: 30 },
  }),
  ID_CARD_NUMBER: rule({
    id: 'ID_CARD_NUMBER',
    appliesTo: all,
    sources: ['guide', 'official'],
    confidence: 'high',
    value: idCardNumberValue,
  }),
  MOBILE: rule({
    id: 'MOBILE',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { length: 11 },
  }),
  SMS_CODE: rule({
    id: 'SMS_CODE',
    appliesTo: all,
    sources: ['guide'],
    confidence: 'high',
    value: { length: 6, resendSeconds: 60 },
  }),
  // 主体名称: the guide shows the field (主体名称 … 有限公司) and states nothing of its characters.
  SUBJECT_NAME: rule({
    id: 'SUBJECT_NAME',
    appliesTo: organisationTypes,
    sources: ['guide'],
    confidence: 'high',
    value: { characters: null },
  }),
  CREDIT_CODE: rule({
    id: 'CREDIT_CODE',
    appliesTo: organisationTypes,
    sources: ['official'],
    confidence: 'high',
    value: { length: 18, legacyLength: 15 },
  }),
  MP_NAME: rule({
    id: 'MP_NAME',
    appliesTo: all,
    sources: ['official', 'third-party'],
    confidence: 'high',
    value: miniProgramNameValue,
  }),
  MP_INTRO: rule({
    id: 'MP_INTRO',
    appliesTo: all,
    sources: ['official'],
    confidence: 'high',
    value: introValue,
  }),
  MP_LOGO: rule({
    id: 'MP_LOGO',
    appliesTo: all,
    sources: ['official'],
    confidence: 'high',
    value: {
      mimeTypes: ['image/bmp', 'image/jpeg', 'image/gif', 'image/png'],
      maxBytes: 2 * 1024 * 1024,
      suggestedSide: 144,
      changesPerYear: 5,
    },
  }),
  APPID: rule({
    id: 'APPID',
    appliesTo: all,
    sources: ['official'],
    confidence: 'high',
    value: { prefix: 'wx', hexLength: 16 },
  }),
  APPSECRET: rule({
    id: 'APPSECRET',
    appliesTo: all,
    sources: ['official'],
    confidence: 'high',
    value: { hexLength: 32 },
  }),
  ICP_FILING: rule({
    id: 'ICP_FILING',
    appliesTo: all,
    sources: ['official'],
    confidence: 'high',
    value: { requiredSince: '2023-09-01', precheck: { min: 1, max: 2 }, authority: { min: 1, max: 20 } },
  }),
  CODE_REVIEW: rule({
    id: 'CODE_REVIEW',
    appliesTo: all,
    sources: ['official'],
    confidence: 'medium',
    value: { workingDays: { min: 1, max: 7 } },
  }),
} satisfies Partial<{ [K in RuleId]: DraftRule<K> }>
