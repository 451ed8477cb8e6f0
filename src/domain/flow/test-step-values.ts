// TEST SUPPORT ONLY: fast-check arbitraries for what a user does at a step of the flow: values that pass the
// step's schema, and the platform outcome that lets an outcome step go on. The machine's property test draws
// from them for the step the user stands on, so random walks get past the first steps.
import fc from 'fast-check'
import {
  validAdminName,
  validCreditCode,
  validEmail,
  validIdCardNumber,
  validIntro,
  validLegacyRegistrationNumber,
  validLogo,
  validMiniProgramName,
  validMobile,
  validSubjectName,
} from '../fields/arbitraries'
import { ruleSets } from '../rules/rule-sets'
import { subjectTypes, type SubjectType } from '../subject'
import type { LocalDate } from '../dates'
import type { RuleSetId } from '../rules/rule-set'
import {
  lastApplication,
  type CertApplication,
  type CertTarget,
  type OutcomeEvent,
  type ReuseResult,
  type TransferRecord,
} from './outcomes'
import { transferAvailable } from './paths'
import type { FlowState } from './state'
import type { StepId } from './step-ids'
import { happyValues, today } from './test-walk'

const confirmation = fc.constantFrom({ confirmed: true }, { confirmed: 'true' }, { confirmed: 'on' })
const nothing = fc.constant({})
const yesNo = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'))

/** A count as typed into a number field (a string) or as a number; mostly small, sometimes at a limit. */
function count(usual: number, rare: number): fc.Arbitrary<number | string> {
  const n = fc.oneof({ weight: 4, arbitrary: fc.nat(usual) }, { weight: 1, arbitrary: fc.nat(rare) })
  return fc.oneof(n, n.map(String))
}

/** Admins of an individual subject must be adults on `today` (ID_CARD_NUMBER's 18 years): born by this day. */
const adultsBornBy = '2008-11-24'

// The account's own email and the mini program's come from different domains: EMAIL_UNIQUE lets them pass.
const officialAccountEmail = validEmail('oa.example.com')
const miniProgramEmail = validEmail('mp.example.com')

/**
 * What the arbitraries below read of a state, as plain data: fc.gen() keeps one arbitrary per distinct
 * context, comparing them deeply, so it must stay small (a whole state would be compared field by field).
 */
export interface StepContext {
  current: StepId
  ruleSetId: RuleSetId
  subjectType: SubjectType | undefined
  /** The last result of the application the current outcome step waits on, or of the transfer. */
  outcome: CertApplication['result'] | TransferRecord['result'] | undefined
  transferDeadline: LocalDate | undefined
}

export function stepContext(state: FlowState): StepContext {
  const { certification, oaCertification, transfer } = state.outcomes
  const outcome =
    state.current === 'certification'
      ? lastApplication(certification)?.result
      : state.current === 'certify-oa'
        ? lastApplication(oaCertification)?.result
        : state.current === 'transfer'
          ? transfer?.result
          : undefined
  return {
    current: state.current,
    ruleSetId: state.ruleSetId,
    subjectType: state.answers['subject-type']?.subjectType,
    outcome,
    transferDeadline: state.current === 'transfer' ? transfer?.deadline : undefined,
  }
}

type StepArbitraries = { [K in StepId]: (context: StepContext) => fc.Arbitrary<unknown> }

/**
 * Values each step's schema accepts for the state the user is in. Whether its guards let them through still
 * depends on what they say: the official account's counts sometimes reach a quota on purpose.
 */
const stepArbitraries: StepArbitraries = {
  'open-platform': () => confirmation,
  'choose-mini-program': () => confirmation,
  'subject-type': () => fc.record({ subjectType: fc.constantFrom(...subjectTypes) }),
  'subject-info': () =>
    fc.record({
      name: validSubjectName(),
      creditCode: fc.oneof(
        { weight: 4, arbitrary: validCreditCode() },
        { weight: 1, arbitrary: validLegacyRegistrationNumber() },
      ),
    }),
  'oa-status': () =>
    fc.record({
      accountName: validSubjectName(),
      accountType: fc.constantFrom('subscription', 'service'),
      certified: yesNo,
      email: officialAccountEmail,
      sameSubjectLinks: count(8, 10),
      otherSubjectLinks: count(2, 3),
      monthSameSubjectLinks: count(4, 10),
      monthOtherSubjectLinks: count(2, 3),
      monthFastRegistrations: count(0, 5),
      fastRegistrationPending: fc.oneof(
        { weight: 5, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: yesNo },
      ),
    }),
  'certify-oa': () => nothing,
  'open-mini-program': () => confirmation,
  'fast-register': () => confirmation,
  qualifications: () =>
    fc.record({
      subject: fc.constantFrom(true, 'on'),
      operatorInfo: yesNo,
      certification: fc.constantFrom(true, 'on'),
    }),
  account: () => fc.record({ email: miniProgramEmail }),
  'activate-email': () => confirmation,
  'registration-result': () => nothing,
  // A transfer where it is open to the subject (TRANSFER_VERIFY), else certification only.
  'verification-method': ({ subjectType, ruleSetId }) => {
    const transfer = subjectType !== undefined && transferAvailable(subjectType, ruleSets[ruleSetId])
    return fc.record({
      method: transfer ? fc.constantFrom('certification', 'transfer') : fc.constant('certification'),
    })
  },
  admin: () =>
    fc.record({
      name: validAdminName(),
      idCardNumber: validIdCardNumber({ bornFrom: '1950-01-01', bornTo: adultsBornBy }),
      mobile: validMobile(),
    }),
  'admin-verify': () => confirmation,
  'confirm-subject': () => confirmation,
  certification: () => nothing,
  transfer: () => nothing,
  profile: () => fc.record({ name: validMiniProgramName(), intro: validIntro(), logo: validLogo() }),
  review: () => nothing,
  done: () => nothing,
}

export function validStepValues(context: StepContext): fc.Arbitrary<unknown> {
  return stepArbitraries[context.current](context)
}

/** Values no step accepts as they stand, or another step's: what a confused user or a stale form sends. */
export const invalidStepValues: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...Object.values(happyValues)),
  fc.constantFrom(
    { subjectType: 'individual' }, // valid, but REUSE_OA_TYPES blocks it on the reuse path
    { method: 'transfer' },
    { confirmed: false },
    { email: 'not an email' },
  ),
  fc.anything({ maxDepth: 2, maxKeys: 4 }),
)

function certificationOutcome(context: StepContext, target: CertTarget): fc.Arbitrary<OutcomeEvent> {
  if (context.outcome === 'pending') {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constant({ kind: 'cert-approved' as const, target }) },
      { weight: 2, arbitrary: fc.constant({ kind: 'cert-sent-back' as const, target }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'cert-rejected' as const, target }) },
    )
  }
  if (context.outcome === 'awaiting-material')
    return fc.constant({ kind: 'cert-resubmitted' as const, target })
  return fc.constant({ kind: 'cert-submitted' as const, target, on: today })
}

/** What the platform says next at an outcome step, mostly what lets the user go on; `null` elsewhere. */
export function nextOutcome(context: StepContext): fc.Arbitrary<OutcomeEvent> | null {
  switch (context.current) {
    case 'certification':
      return certificationOutcome(context, 'mini-program')
    case 'certify-oa':
      return certificationOutcome(context, 'official-account')
    case 'transfer': {
      const deadline = context.transferDeadline
      if (context.outcome !== 'pending' || deadline === undefined) {
        return fc.constant({ kind: 'transfer-started' as const, on: today })
      }
      return fc.oneof(
        { weight: 8, arbitrary: fc.constant({ kind: 'transfer-done' as const, on: deadline }) },
        { weight: 1, arbitrary: fc.constant({ kind: 'transfer-expired' as const }) },
      )
    }
    case 'registration-result':
      return fc.record({
        kind: fc.constant('reuse-result' as const),
        result: fc.constantFrom<ReuseResult>('not-certified', 'certified', 'failed', 'pending'),
      })
    default:
      return null
  }
}
