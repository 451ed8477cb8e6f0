import type { RuleId } from '../../domain'
import { ruleName } from '../../ui/rules/rule-text'
import { matchesAllTerms, normalizeForSearch, searchTerms } from '../../ui/text-search'
import type { QuestionText, RefusalText } from './faq-text'

// Shorter variants would match too much of a pasted sentence.
const minPastedLength = 4

const ruleWords = (rules: readonly RuleId[]) => rules.flatMap((id) => [id, ruleName(id)])

/** A question matches when every term of the query occurs in its question, answer or rule names. */
export function questionMatches(query: string, text: QuestionText, rules: readonly RuleId[]): boolean {
  return matchesAllTerms(searchTerms(query), [text.question, ...text.paragraphs, ...ruleWords(rules)])
}

/**
 * A refusal matches a few words of it, or a whole message pasted from the platform: the query then contains
 * one of the variants, perhaps with more around it.
 */
export function refusalMatches(query: string, text: RefusalText, rules: readonly RuleId[]): boolean {
  const pasted = normalizeForSearch(query)
  const contained = text.shown.some((variant) => {
    const normalized = normalizeForSearch(variant)
    return normalized.length >= minPastedLength && pasted.includes(normalized)
  })
  const texts = [...text.shown, text.meaning, text.todo, ...ruleWords(rules)]
  return contained || matchesAllTerms(searchTerms(query), texts)
}
