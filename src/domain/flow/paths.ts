import type { MessageKey } from '../../i18n'
import type { RuleSet } from '../rules/rule-set'
import { ruleValue } from '../rules/rule-set'
import { isOrganisation, type SubjectType } from '../subject'
import type { PathId, StepId } from './step-ids'
import type { Answers } from './step-values'

/**
 * Whether a step is on the path for these answers: `undefined` while an earlier answer it depends on is
 * missing. A condition reads only answers of steps before it, so changing a step never changes whether an
 * earlier one applies. Each has a name (`id`) and a catalog key (`label`, in the `flow` area) so the flow map
 * can say it.
 */
export interface StepCondition {
  id: ConditionId
  label: MessageKey
  test: (answers: Answers, ruleSet: RuleSet) => boolean | undefined
}

export const conditionIds = [
  'organisation',
  'choosesMethod',
  'verifiesByCertification',
  'verifiesByTransfer',
  'accountUncertified',
] as const
export type ConditionId = (typeof conditionIds)[number]

export interface PathStep {
  step: StepId
  when?: StepCondition
}

export interface PathDef {
  id: PathId
  steps: readonly PathStep[]
}

/** Whether the path's entry is on the path for these answers: always for a step without a condition. */
export function applies(entry: PathStep, answers: Answers, ruleSet: RuleSet): boolean | undefined {
  return entry.when ? entry.when.test(answers, ruleSet) : true
}

/** rule: TRANSFER_VERIFY — a small transfer is open to the subject types the rule names, where it is stated. */
export function transferAvailable(subjectType: SubjectType, ruleSet: RuleSet): boolean {
  return ruleValue(ruleSet, 'TRANSFER_VERIFY')?.subjectTypes.includes(subjectType) ?? false
}

function condition(id: ConditionId, test: StepCondition['test']): StepCondition {
  return { id, label: `flow.condition.${id}`, test }
}

const organisation = condition('organisation', (answers) => {
  const type = answers['subject-type']?.subjectType
  return type === undefined ? undefined : isOrganisation(type)
})

const choosesMethod = condition('choosesMethod', (answers, ruleSet) => {
  const type = answers['subject-type']?.subjectType
  return type === undefined ? undefined : isOrganisation(type) && transferAvailable(type, ruleSet)
})

/** The verification an organisation goes through: only certification where no transfer is offered. */
function verifiesBy(method: 'certification' | 'transfer'): StepCondition['test'] {
  return (answers, ruleSet) => {
    const chooses = choosesMethod.test(answers, ruleSet)
    if (chooses === undefined) return undefined
    if (!chooses) return organisation.test(answers, ruleSet) === true && method === 'certification'
    const chosen = answers['verification-method']?.method
    return chosen === undefined ? undefined : chosen === method
  }
}

const accountUncertified = condition('accountUncertified', (answers) => {
  const status = answers['oa-status']
  return status === undefined ? undefined : !status.certified
})

/** Every condition a path step can have, by name. */
export const conditions: Readonly<Record<ConditionId, StepCondition>> = {
  organisation,
  choosesMethod,
  verifiesByCertification: condition('verifiesByCertification', verifiesBy('certification')),
  verifiesByTransfer: condition('verifiesByTransfer', verifiesBy('transfer')),
  accountUncertified,
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
    { step: 'certification', when: conditions.verifiesByCertification },
    { step: 'transfer', when: conditions.verifiesByTransfer },
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
