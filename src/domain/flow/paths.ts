import type { RuleSet } from '../rules/rule-set'
import { ruleValue } from '../rules/rule-set'
import { isOrganisation, type SubjectType } from '../subject'
import type { PathId, StepId } from './step-ids'
import type { Answers } from './step-values'

/**
 * Whether a step is on the path for these answers: `undefined` while an earlier answer it depends on is
 * missing. A condition reads only answers of steps before it, so changing a step never changes whether an
 * earlier one applies.
 */
export type StepCondition = (answers: Answers, ruleSet: RuleSet) => boolean | undefined

export interface PathStep {
  step: StepId
  when?: StepCondition
}

export interface PathDef {
  id: PathId
  steps: readonly PathStep[]
}

/** rule: TRANSFER_VERIFY — a small transfer is open to the subject types the rule names, where it is stated. */
export function transferAvailable(subjectType: SubjectType, ruleSet: RuleSet): boolean {
  return ruleValue(ruleSet, 'TRANSFER_VERIFY')?.subjectTypes.includes(subjectType) ?? false
}

const organisation: StepCondition = (answers) => {
  const type = answers['subject-type']?.subjectType
  return type === undefined ? undefined : isOrganisation(type)
}

const choosesMethod: StepCondition = (answers, ruleSet) => {
  const type = answers['subject-type']?.subjectType
  return type === undefined ? undefined : isOrganisation(type) && transferAvailable(type, ruleSet)
}

/** The verification an organisation goes through: only certification where no transfer is offered. */
function verifiesBy(method: 'certification' | 'transfer'): StepCondition {
  return (answers, ruleSet) => {
    const chooses = choosesMethod(answers, ruleSet)
    if (chooses === undefined) return undefined
    if (!chooses) return organisation(answers, ruleSet) === true && method === 'certification'
    const chosen = answers['verification-method']?.method
    return chosen === undefined ? undefined : chosen === method
  }
}

const accountUncertified: StepCondition = (answers) => {
  const status = answers['oa-status']
  return status === undefined ? undefined : !status.certified
}

/** 单独注册: the platform's order, from its login page to the profile. */
export const standalonePath: PathDef = {
  id: 'standalone',
  steps: [
    { step: 'open-platform' },
    { step: 'choose-mini-program' },
    { step: 'account' },
    { step: 'activate-email' },
    { step: 'subject-type' },
    { step: 'subject-info', when: organisation },
    { step: 'verification-method', when: choosesMethod },
    { step: 'admin' },
    { step: 'admin-verify' },
    { step: 'confirm-subject' },
    { step: 'certification', when: verifiesBy('certification') },
    { step: 'transfer', when: verifiesBy('transfer') },
    { step: 'profile' },
    { step: 'review' },
    { step: 'done' },
  ],
}

/** 复用公众号资质快速注册: from the official account's status to the profile. */
export const reusePath: PathDef = {
  id: 'reuse',
  steps: [
    { step: 'subject-type' },
    { step: 'subject-info' },
    { step: 'oa-status' },
    // rule: REUSE_OA_CERTIFIED — an uncertified account is certified first (a fee); it routes, it does not block.
    { step: 'certify-oa', when: accountUncertified },
    { step: 'open-mini-program' },
    { step: 'fast-register' },
    { step: 'qualifications' },
    { step: 'account' },
    { step: 'activate-email' },
    { step: 'registration-result' },
    { step: 'admin' },
    { step: 'admin-verify' },
    { step: 'profile' },
    { step: 'review' },
    { step: 'done' },
  ],
}

export const paths: Readonly<Record<PathId, PathDef>> = { standalone: standalonePath, reuse: reusePath }
