import type { SubjectType } from '../subject'
import { ruleValue, type FeeValue, type ReuseCertOutcome, type RuleSet } from './rule-set'

/**
 * What one certification application costs, as a range every screen can show and add: `min` at best, `max` at
 * worst (equal when the amount is known). `kind` says how sure that is: `fixed` and `free` are one amount;
 * `varies` holds for the subject type as a whole (free for some of its subjects); `unverified` is what sources
 * report, not confirmed; `unstated`: the rule set does not state the fee (0 is assumed, never shown as a price).
 */
export interface CertificationFee {
  kind: FeeValue['kind'] | 'unstated'
  min: number
  max: number
}

function feeOf(value: FeeValue): CertificationFee {
  switch (value.kind) {
    case 'fixed':
      return { kind: 'fixed', min: value.amount, max: value.amount }
    case 'free':
      return { kind: 'free', min: 0, max: 0 }
    case 'varies':
    case 'unverified':
      return { kind: value.kind, min: value.min, max: value.max }
  }
}

/**
 * rule: CERT_FEE — what one certification application (微信认证) costs a subject of this type, in CNY. Every
 * screen and total that shows or adds the fee reads it here.
 */
export function certificationFee(ruleSet: RuleSet, subjectType: SubjectType): CertificationFee {
  const value = ruleValue(ruleSet, 'CERT_FEE')?.feeBySubject[subjectType]
  return value ? feeOf(value) : { kind: 'unstated', min: 0, max: 0 }
}

/** The one amount a fee comes to, or `null` when it is a range or not confirmed (nothing to record as paid). */
export function exactFee(fee: CertificationFee): number | null {
  return fee.kind === 'fixed' || fee.kind === 'free' ? fee.min : null
}

/** The fee `times` over: a range stays a range. */
export function timesFee(fee: CertificationFee, times: number): CertificationFee {
  return { ...fee, min: fee.min * times, max: fee.max * times }
}

/** What a fast registration (复用公众号资质) does to the new mini program's certification. */
export interface ReuseCertification {
  /** `included`: certified by the registration itself, free; `separate`: certified on its own, for `fee`. */
  certification: 'included' | 'separate'
  /** What certifying each new mini program costs on top of the registration: nothing when `included`. */
  perMiniProgram: CertificationFee
  /** A re-application, after 认证未成功 or when it starts uncertified: CERT_FEE, whatever the rule set. */
  fee: CertificationFee
  /** What the operator may record that the platform shows, the expected one first. */
  outcomes: readonly ReuseCertOutcome[]
  /** What the wizard assumes until the operator records what the platform shows. */
  expected: ReuseCertOutcome
  /** Since when new mini programs start uncertified ('YYYY-MM-DD'), `null` where the rule set does not say. */
  since: string | null
}

/**
 * rule: REUSE_CERT_OUTCOME — under `guide`, registration and certification in one, free; under `current`, since
 * 2023-12-25 the new mini program starts uncertified and is certified on its own, paying CERT_FEE. The advisor,
 * the wizard's result step, the ledger and the FAQ read it here. Not stated: treated as `separate`, the cautious
 * reading (it costs a fee rather than promising none).
 */
export function reuseCertification(ruleSet: RuleSet, subjectType: SubjectType): ReuseCertification {
  const value = ruleValue(ruleSet, 'REUSE_CERT_OUTCOME')
  const fee = certificationFee(ruleSet, subjectType)
  const certification = value?.certification ?? 'separate'
  return {
    certification,
    perMiniProgram: certification === 'included' ? { kind: 'free', min: 0, max: 0 } : fee,
    fee,
    outcomes: value?.outcomes ?? ['not-certified', 'certified', 'failed', 'pending'],
    expected: value?.expected ?? 'not-certified',
    since: value?.uncertifiedSince ?? null,
  }
}

/**
 * rule: REUSE_CERT_OUTCOME — whether what the platform shows leaves the mini program to be certified on its own
 * (paying CERT_FEE): not certified, or 认证未成功.
 */
export function reuseNeedsCertification(outcome: ReuseCertOutcome): boolean {
  return outcome === 'not-certified' || outcome === 'failed'
}
