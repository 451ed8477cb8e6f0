import type { RuleId } from '../../domain'
import { ruleName } from '../../ui/rules/rule-text'
import { matchesAllTerms, normalizeForSearch, searchTerms } from '../../ui/text-search'
import type { QuestionText, RefusalText } from './faq-text'

// Shorter variants would match too much of a pasted sentence.
const minPastedLength = 4

const ruleWords = (rules: readonly RuleId[]) => rules.flatMap((id) => [id, ruleName(id)])

/**
 * True when the query says one of the question's everyday phrasings: every word of one of its synonyms occurs
 * in the query, in any order and with anything between (个人能注册吗 says 个人 … 注册).
 */
function asksInOtherWords(query: string, synonyms: readonly (readonly string[])[]): boolean {
  const asked = normalizeForSearch(query)
  if (asked === '') return false
  return synonyms.some((words) => words.every((word) => asked.includes(normalizeForSearch(word))))
}

/**
 * A question matches when every term of the query occurs in its question, answer, synonyms or rule names, or
 * when the query is one of its everyday phrasings.
 */
export function questionMatches(query: string, text: QuestionText, rules: readonly RuleId[]): boolean {
  const texts = [text.question, ...text.paragraphs, ...text.synonyms.map((words) => words.join(' '))]
  return (
    matchesAllTerms(searchTerms(query), [...texts, ...ruleWords(rules)]) ||
    asksInOtherWords(query, text.synonyms)
  )
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
