import type { Advice, RuleSet, Situation } from '../../domain'

/** What every part of the answer reads: the advice, the situation it answers, and the rule set used. */
export interface AnswerContext {
  advice: Advice
  situation: Situation
  ruleSet: RuleSet
}
