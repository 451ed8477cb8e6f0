import { t } from '../../i18n'
import type { FaqParams } from './faq-params'
import type { Question, Refusal } from './faq-entries'
import './messages'

const lines = (text: string) => text.split('\n').filter((line) => line.length > 0)

export interface QuestionText {
  question: string
  paragraphs: string[]
  /** The everyday ways of asking it, each a phrase of one or more words (多少钱; 忘记 密码). Not shown. */
  synonyms: string[][]
}

export function questionText(entry: Question, params: FaqParams): QuestionText {
  return {
    question: t(`faq.questions.items.${entry.id}.question`),
    paragraphs: lines(t(`faq.questions.items.${entry.id}.answer`, params)),
    synonyms: lines(t(`faq.questions.items.${entry.id}.synonyms`)).map((line) => line.split(/\s+/)),
  }
}

export interface RefusalText {
  /** The platform's words, in the variants seen. */
  shown: string[]
  meaning: string
  todo: string
}

export function refusalText(entry: Refusal, params: FaqParams): RefusalText {
  return {
    shown: lines(t(`faq.refusals.items.${entry.id}.shown`, params)),
    meaning: t(`faq.refusals.items.${entry.id}.meaning`, params),
    todo: t(`faq.refusals.items.${entry.id}.todo`, params),
  }
}
