// 示例数据: obviously fictional values that pass every schema, numbered by `n` so a trainer's second sample differs
// from the first and a test can ask for the same one twice. Demo mode's 填充示例数据 and the scenarios use them.
import { addDays } from '../dates'
import { composeIdCardNumber } from '../fields/gb-11643'
import { composeCreditCode } from '../fields/gb-32100'
import type { RuleSet } from '../rules/rule-set'
import { steps } from '../flow/steps'
import type { StepId } from '../flow/step-ids'
import type { StepValues } from '../flow/step-values'

const pad = (n: number, width: number) => String(n).padStart(width, '0')
const whole = (n: number) => (Number.isInteger(n) && n >= 0 ? n : 0)

/**
 * 管理员身份证 (GB 11643): region 110105 and birth date 1949-12-31, the parts of the standard's worked example
 * that samples.ts already uses (11010519491231002X), with the sequence numbers 900–999 (n mod 100) and one day
 * later for each further hundred. Checked 2026-12-01: the standard's text, "附录A（提示的附录） 公民身份号码实例"
 * (GB 11643-1999 公民身份号码, https://zh.wikisource.org/wiki/GB_11643-1999_%E5%85%AC%E6%B0%91%E8%BA%AB%E4%BB%BD%E5%8F%B7%E7%A0%81);
 * the stored excerpt names the appendix but does not show the example number itself, so that it is the appendix's
 * example is unverified. Any number with a correct check character could have been issued: nobody is claimed
 * not to hold these, so the screen marks every one 示例 and none reaches the real storage.
 */
export function sampleIdCard(n: number): string {
  const i = whole(n)
  return composeIdCardNumber('110105', addDays('1949-12-31', Math.floor(i / 100)), pad(900 + (i % 100), 3))
}

/**
 * 统一社会信用代码 (GB 32100): 91 (an enterprise registered with the market regulator), region 110105, then a
 * 9-character organisation code of four zeros and n, chosen to look like a placeholder. No source was found that
 * such codes are never issued, so each is marked 示例 like the rest. The check character is computed.
 */
export function sampleCreditCode(n: number): string {
  return composeCreditCode(`911101050000${pad(whole(n) % 100_000, 5)}`)
}

/**
 * Checked 2026-12-01: "a few second level domain names reserved for use as examples are documented" (RFC 2606,
 * Reserved Top Level DNS Names, https://www.ietf.org/rfc/rfc2606): example.com is one, so mail reaches nobody.
 */
export function sampleEmail(n: number): string {
  return `demo-mp-${pad(whole(n) + 1, 2)}@example.com`
}

/** The official account's own login email, never the same as a sample mini program's (EMAIL_UNIQUE). */
export function sampleOfficialAccountEmail(n: number): string {
  return `demo-oa-${pad(whole(n) + 1, 2)}@example.com`
}

/**
 * 138-0013-8xxx, the pattern issue 13 asks for. No source was found that reserves it (unlike example.com): it is a
 * valid mainland number, so the screen marks it 示例 and it never reaches the real storage.
 */
export function sampleMobile(n: number): string {
  return `13800138${pad(whole(n) % 1000, 3)}`
}

// Names that say what they are: 示例 (sample), 演示 (demo), 样例 (specimen).
const subjectNames = ['示例科技', '演示商贸', '样例文化传媒', '示例餐饮管理']
const miniProgramNames = ['示例预约助手', '演示点餐小站', '样例课程表', '示例会员中心']
const adminNames = ['示例管理员', '买买提·艾力', '演示讲师', '样例经办人']

function pick(list: readonly string[], n: number): string {
  const i = whole(n)
  const base = list[i % list.length]!
  return i < list.length ? base : `${base}${Math.floor(i / list.length) + 1}`
}

export function sampleSubjectName(n: number): string {
  return `${pick(subjectNames, n)}有限公司`
}

export function sampleMiniProgramName(n: number): string {
  return pick(miniProgramNames, n)
}

export function sampleAdminName(n: number): string {
  return adminNames[whole(n) % adminNames.length]!
}

/** The logo's metadata only: a 144 px PNG that MP_LOGO accepts (the image itself is never needed). */
const sampleLogo = { name: 'logo.png', type: 'image/png', size: 24_000, width: 144, height: 144 } as const

type SampleValues = { [K in StepId]: (n: number, ruleSet: RuleSet) => StepValues[K] }

const confirmed = () => ({ confirmed: true }) as const
const nothing = () => ({}) as Record<string, never>

const sampleValues: SampleValues = {
  'open-platform': confirmed,
  'choose-mini-program': confirmed,
  'subject-type': () => ({ subjectType: 'enterprise' }),
  'subject-info': (n) => ({ name: sampleSubjectName(n), creditCode: sampleCreditCode(n) }),
  'oa-status': (n) => ({
    accountName: `${pick(subjectNames, n)}服务号`,
    accountType: 'service',
    certified: true,
    email: sampleOfficialAccountEmail(n),
    sameSubjectLinks: 2,
    otherSubjectLinks: 0,
    monthSameSubjectLinks: 0,
    monthOtherSubjectLinks: 0,
    monthFastRegistrations: 0,
    fastRegistrationPending: false,
  }),
  'certify-oa': nothing,
  'open-mini-program': confirmed,
  'fast-register': confirmed,
  // 微信认证资质 ticked: required for some subject types (REUSE_QUALIFICATIONS), allowed for all.
  qualifications: () => ({ subject: true, operatorInfo: false, certification: true }),
  account: (n) => ({ email: sampleEmail(n) }),
  'activate-email': confirmed,
  'registration-result': nothing,
  // Certification is open to every organisation on every rule set; a transfer is not (TRANSFER_VERIFY).
  'verification-method': () => ({ method: 'certification' }),
  admin: (n) => ({ name: sampleAdminName(n), idCardNumber: sampleIdCard(n), mobile: sampleMobile(n) }),
  'admin-verify': confirmed,
  'confirm-subject': confirmed,
  certification: nothing,
  transfer: nothing,
  profile: (n) => ({
    name: sampleMiniProgramName(n),
    intro: '在线预约门店服务，查看排队进度。',
    logo: { ...sampleLogo },
  }),
  review: nothing,
  done: nothing,
}

/**
 * Values for `step` that pass its schema under `ruleSet` (an enterprise's, with certification as its
 * verification): what 填充示例数据 fills in. Instruction steps get their confirmation; outcome steps nothing.
 */
export function sampleStepValues<K extends StepId>(step: K, n: number, ruleSet: RuleSet): StepValues[K] {
  return sampleValues[step](n, ruleSet)
}

/** The steps a user fills in (form steps): those 填充示例数据 is offered on. */
export const sampleFormSteps: readonly StepId[] = Object.values(steps)
  .filter((def) => def.kind === 'form')
  .map((def) => def.id)
