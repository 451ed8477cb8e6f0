import {
  allowedCharactersText,
  certificationFee,
  organisationTypes,
  reuseCertification,
  requireRuleValue,
  ruleValue,
  subjectTypes,
  type CertLapse,
  type OaMenuItem,
  type RuleId,
  type RuleSet,
  type CertificationFee,
  type RuleValues,
  type ServerDomainKind,
  type SubjectType,
} from '../../domain'
import { formatDate, formatFee } from '../format'
import { joinList, t, type MessageParams } from '../../i18n'

export function ruleName(id: RuleId): string {
  return t(`rules.items.${id}.name`)
}

function mb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 100) / 100
}

/**
 * "企业、媒体 300 元；政府、其他组织 0–300 元（因单位而异…）": subject types grouped by their fee as the rule set
 * can say it (one amount, free, a range, or a caution), dearest first.
 */
export function feesBySubject(ruleSet: RuleSet): string {
  const groups = new Map<string, { fee: CertificationFee; types: SubjectType[] }>()
  for (const type of subjectTypes) {
    const fee = certificationFee(ruleSet, type)
    const key = formatFee(fee)
    groups.set(key, { fee, types: [...(groups.get(key)?.types ?? []), type] })
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => b.fee.max - a.fee.max || b.fee.min - a.fee.min)
    .map(([fee, { types }]) =>
      t('rules.items.CERT_FEE.feeGroup', {
        types: joinList(types.map((type) => t(`terms.subjectType.${type}`))),
        fee,
      }),
    )
    .join(t('rules.items.CERT_FEE.feeSeparator'))
}

function domainKinds(kinds: readonly ServerDomainKind[]): string {
  return joinList(kinds.map((kind) => t(`rules.items.SERVER_DOMAIN.kinds.${kind}`)))
}

/** "https://（请求、上传、下载）或 wss://（socket），…": every part read from the rule's value. */
function serverDomainSummary(v: RuleValues['SERVER_DOMAIN']): string {
  const key = 'rules.items.SERVER_DOMAIN'
  const documented = v.schemes.filter((s) => s.documented)
  const undocumented = v.schemes.filter((s) => !s.documented)
  const schemes = documented
    .map((s) => t(`${key}.scheme`, { scheme: `${s.scheme}://`, kinds: domainKinds(s.kinds) }))
    .join(t(`${key}.schemeSeparator`))
  const refusedHosts = [t(`${key}.ip`), ...v.localHosts, ...v.forbiddenHosts]
  const refused = [joinList(refusedHosts.slice(0, -1)), ...refusedHosts.slice(-1)]
    .filter((part) => part !== '')
    .join(t(`${key}.refusedSeparator`))
  const exact = documented.filter((s) => s.port === 'exact').map((s) => s.scheme)
  const any = documented.filter((s) => s.port === 'any').map((s) => s.scheme)
  const ports = [
    exact.length > 0 ? t(`${key}.portExact`, { scheme: joinList(exact) }) : '',
    any.length > 0 ? t(`${key}.portAny`, { scheme: joinList(any) }) : '',
  ].join('')
  return t(`${key}.summary`, {
    schemes,
    refused,
    ports,
    parent: v.parentDomainsRefused ? t(`${key}.parent`) : '',
    max: v.maxPerKind,
    changes: v.changesPerMonth,
    undocumented:
      undocumented.length > 0
        ? t(`${key}.undocumented`, { kinds: domainKinds(undocumented.flatMap((s) => s.kinds)) })
        : '',
  })
}

/** "广告与服务 → 小程序管理 → 添加": menu items of the official account's back office, clicked in turn. */
export function menuPathText(path: readonly OaMenuItem[]): string {
  return path
    .map((item) => t(`rules.items.OA_MENU_PATH.menu.${item}`))
    .join(t('rules.items.OA_MENU_PATH.pathSeparator'))
}

function subjectTypesText(types: readonly SubjectType[]): string {
  return joinList(types.map((type) => t(`terms.subjectType.${type}`)))
}

/** "逾期 30 天：被分享受影响。": what lapses when a certification is not renewed, step by step. */
function lapsesText(lapses: readonly CertLapse[]): string {
  return lapses
    .map((lapse) => {
      const loses = joinList(lapse.loses.map((c) => t(`rules.items.CERT_VALIDITY.capability.${c}`)))
      return lapse.daysAfterExpiry === 0
        ? t('rules.items.CERT_VALIDITY.lapseAtExpiry', { loses })
        : t('rules.items.CERT_VALIDITY.lapseAfter', { days: lapse.daysAfterExpiry, loses })
    })
    .join('')
}

/** What the rule says under a rule set, in plain Chinese with its numbers filled in. */
export function ruleSummary(id: RuleId, ruleSet: RuleSet): string {
  const rules = ruleSet.rules
  const say = (key: Parameters<typeof t>[0], params?: MessageParams) => t(key, params)
  switch (id) {
    case 'SUBJECT_TOTAL': {
      const v = rules.SUBJECT_TOTAL.value
      return v
        ? say('rules.items.SUBJECT_TOTAL.summary', {
            large: v.limitBySubject.enterprise,
            small: v.limitBySubject.individual,
          })
        : t('rules.notStated')
    }
    case 'ID_CARD_LIMIT':
    case 'PHONE_LIMIT':
    case 'OA_LINK_SAME':
    case 'OA_LINK_OTHER': {
      const v = ruleValue(ruleSet, id)
      return v ? say(`rules.items.${id}.summary`, { limit: v.limit }) : t('rules.notStated')
    }
    case 'OA_LINK_MONTHLY': {
      const v = rules.OA_LINK_MONTHLY.value
      if (!v) return t('rules.notStated')
      return v.kind === 'total'
        ? say('rules.items.OA_LINK_MONTHLY.summaryTotal', { total: v.total })
        : say('rules.items.OA_LINK_MONTHLY.summaryBySubject', { same: v.sameSubject, other: v.otherSubject })
    }
    case 'MP_LINK_OAS':
    case 'MP_LINK_MONTHLY': {
      const v = ruleValue(ruleSet, id)
      if (!v) return t('rules.notStated')
      return v.limit === null
        ? say(`rules.items.${id}.summaryUnknown`)
        : say(`rules.items.${id}.summary`, { limit: v.limit })
    }
    case 'FAST_REG_MONTHLY': {
      const v = rules.FAST_REG_MONTHLY.value
      return v
        ? say('rules.items.FAST_REG_MONTHLY.summary', {
            limit: v.limit,
            soleProprietor: v.soleProprietorLimit,
          })
        : t('rules.notStated')
    }
    case 'CERT_FEE': {
      const v = rules.CERT_FEE.value
      return v ? say('rules.items.CERT_FEE.summary', { fees: feesBySubject(ruleSet) }) : t('rules.notStated')
    }
    case 'REUSE_CERT_OUTCOME': {
      // Read as every screen reads it (the advisor, the wizard's result step, the ledger, the FAQ).
      if (!rules.REUSE_CERT_OUTCOME.value) return t('rules.notStated')
      const reuse = reuseCertification(ruleSet, 'enterprise')
      return reuse.certification === 'included'
        ? say('rules.items.REUSE_CERT_OUTCOME.summaryFree')
        : say('rules.items.REUSE_CERT_OUTCOME.summarySeparate', {
            since: reuse.since ? formatDate(reuse.since) : '',
          })
    }
    case 'CERT_VALIDITY': {
      const v = requireRuleValue(ruleSet, 'CERT_VALIDITY')
      const summary = say('rules.items.CERT_VALIDITY.summary', { years: v.years })
      if (!v.annualReview) return summary
      const review = say('rules.items.CERT_VALIDITY.annualReview', {
        months: v.annualReview.opensMonthsBefore,
      })
      return `${summary}${review}${lapsesText(v.annualReview.lapses)}`
    }
    case 'REUSE_QUALIFICATIONS': {
      const v = requireRuleValue(ruleSet, 'REUSE_QUALIFICATIONS')
      const optional = organisationTypes.filter((type) => !v.certificationRequiredFor.includes(type))
      const required =
        v.certificationRequiredFor.length > 0
          ? say('rules.items.REUSE_QUALIFICATIONS.certificationRequired', {
              types: subjectTypesText(v.certificationRequiredFor),
            })
          : ''
      const notRequired =
        optional.length > 0
          ? say('rules.items.REUSE_QUALIFICATIONS.certificationOptional', {
              types: subjectTypesText(optional),
            })
          : ''
      return `${say('rules.items.REUSE_QUALIFICATIONS.summary')}${required}${notRequired}`
    }
    case 'OA_MENU_PATH': {
      const v = requireRuleValue(ruleSet, 'OA_MENU_PATH')
      const summary = say('rules.items.OA_MENU_PATH.summary', {
        fastRegister: menuPathText(v.fastRegister),
        management: menuPathText(v.management),
      })
      return `${summary}${say(`rules.items.OA_MENU_PATH.${v.serviceAccountSeparate ? 'separate' : 'combined'}`)}`
    }
    case 'ICP_SMS_VERIFY': {
      const v = rules.ICP_SMS_VERIFY.value
      return v ? say('rules.items.ICP_SMS_VERIFY.summary', { hours: v.hours }) : t('rules.notStated')
    }
    case 'EXPEDITED_REVIEW': {
      const v = rules.EXPEDITED_REVIEW.value
      return v
        ? say('rules.items.EXPEDITED_REVIEW.summary', {
            min: v.hours.min,
            max: v.hours.max,
            perYear: v.perYear,
          })
        : t('rules.notStated')
    }
    case 'CATEGORY_FILING': {
      const v = rules.CATEGORY_FILING.value
      if (!v) return t('rules.notStated')
      const categories = joinList(v.categories.map((c) => t(`rules.items.CATEGORY_FILING.category.${c}`)))
      return say('rules.items.CATEGORY_FILING.summary', { categories, days: v.calendarDays })
    }
    case 'CERT_BEFORE_NAME':
      return rules.CERT_BEFORE_NAME.value?.requires === 'certification'
        ? say('rules.items.CERT_BEFORE_NAME.summaryCertification')
        : say('rules.items.CERT_BEFORE_NAME.summaryVerification')
    case 'CERT_BEFORE_PUBLISH':
      return rules.CERT_BEFORE_PUBLISH.value?.uncertified === 'cannot-publish'
        ? say('rules.items.CERT_BEFORE_PUBLISH.summaryBlocked')
        : say('rules.items.CERT_BEFORE_PUBLISH.summaryNotSearchable')
    case 'CERT_REVIEW_TIME': {
      const v = rules.CERT_REVIEW_TIME.value
      return v
        ? say('rules.items.CERT_REVIEW_TIME.summary', {
            min: v.workingDays.min,
            max: v.workingDays.max,
            sendBacks: v.maxSendBacks,
          })
        : t('rules.notStated')
    }
    case 'TRANSFER_VERIFY': {
      const v = rules.TRANSFER_VERIFY.value
      return v ? say('rules.items.TRANSFER_VERIFY.summary', { days: v.days }) : t('rules.notStated')
    }
    case 'PASSWORD_POLICY':
      return say('rules.items.PASSWORD_POLICY.summary', {
        min: requireRuleValue(ruleSet, 'PASSWORD_POLICY').minLength,
      })
    case 'ID_CARD_NUMBER': {
      const v = requireRuleValue(ruleSet, 'ID_CARD_NUMBER')
      const summary = say('rules.items.ID_CARD_NUMBER.summary', { length: v.length, adult: v.adultAge })
      const card = v.foreignPermanentResidence
      const foreign = card
        ? say('rules.items.ID_CARD_NUMBER.foreignPermanentResidence', {
            subjects: joinList(card.subjectTypes.map((type) => t(`terms.subjectType.${type}`))),
            prefix: card.prefix,
            length: v.length,
          })
        : ''
      return `${summary}${foreign}`
    }
    case 'MOBILE':
      return say('rules.items.MOBILE.summary', { length: requireRuleValue(ruleSet, 'MOBILE').length })
    case 'SMS_CODE': {
      const v = requireRuleValue(ruleSet, 'SMS_CODE')
      return say('rules.items.SMS_CODE.summary', { length: v.length, seconds: v.resendSeconds })
    }
    case 'CREDIT_CODE': {
      const v = requireRuleValue(ruleSet, 'CREDIT_CODE')
      return say('rules.items.CREDIT_CODE.summary', { length: v.length, legacyLength: v.legacyLength })
    }
    case 'SUBJECT_NAME': {
      const v = rules.SUBJECT_NAME.value
      return v?.characters
        ? say('rules.items.SUBJECT_NAME.summary', { allowed: allowedCharactersText(v.characters) })
        : t('rules.notStated')
    }
    case 'MP_NAME': {
      const v = rules.MP_NAME.value
      if (!v) return t('rules.notStated')
      const summary = say('rules.items.MP_NAME.summary', {
        min: v.minWidth,
        max: v.maxWidth,
        word: joinList(v.forbiddenWords),
        changes: v.changesPerYear,
      })
      const characters = v.characters
        ? say('rules.items.MP_NAME.characters', { allowed: allowedCharactersText(v.characters) })
        : ''
      return `${summary}${characters}`
    }
    case 'MP_INTRO': {
      const v = rules.MP_INTRO.value
      if (!v) return t('rules.notStated')
      const summary = say('rules.items.MP_INTRO.summary', {
        min: v.minLength,
        max: v.maxLength,
        edits: v.editsPerMonth,
      })
      const han =
        v.minHanCharacters === null ? '' : say('rules.items.MP_INTRO.han', { minHan: v.minHanCharacters })
      return `${summary}${han}`
    }
    case 'MP_LOGO': {
      const v = rules.MP_LOGO.value
      return v
        ? say('rules.items.MP_LOGO.summary', {
            maxMb: mb(v.maxBytes),
            side: v.suggestedSide,
            changes: v.changesPerYear,
          })
        : t('rules.notStated')
    }
    case 'APPID': {
      const v = requireRuleValue(ruleSet, 'APPID')
      return say('rules.items.APPID.summary', { prefix: v.prefix, hexLength: v.hexLength })
    }
    case 'APPSECRET':
      return say('rules.items.APPSECRET.summary', {
        hexLength: requireRuleValue(ruleSet, 'APPSECRET').hexLength,
      })
    case 'SERVER_DOMAIN': {
      const v = rules.SERVER_DOMAIN.value
      return v ? serverDomainSummary(v) : t('rules.notStated')
    }
    case 'ICP_FILING': {
      const v = rules.ICP_FILING.value
      return v
        ? say('rules.items.ICP_FILING.summary', {
            since: v.requiredSince,
            preMin: v.precheck.min,
            preMax: v.precheck.max,
            authMin: v.authority.min,
            authMax: v.authority.max,
          })
        : t('rules.notStated')
    }
    case 'CODE_REVIEW':
      return say('rules.items.CODE_REVIEW.summary', {
        max: requireRuleValue(ruleSet, 'CODE_REVIEW').workingDays.max,
      })
    default:
      return ruleSet.rules[id].value === null ? t('rules.notStated') : say(`rules.items.${id}.summary`)
  }
}

/** "规则 ID_CARD_LIMIT，来源：原指南" */
export function ruleCitation(id: RuleId, ruleSet: RuleSet): string {
  const sources = joinList(ruleSet.rules[id].sources.map((s) => t(`rules.source.${s}`)))
  return t('rules.citation', { id, source: sources })
}
