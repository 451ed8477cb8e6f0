import {
  countDigits,
  isRuleSetId,
  officialAccountSituationSchema,
  situationSchema,
  type RuleSetId,
} from '../../domain'
import {
  accountCountKeys,
  asksAboutAccount,
  asksAccountCounts,
  emptyAnswers,
  hasAccount,
  isEmpty,
  type AdvisorAnswers,
  type AnswerKey,
  type CountKey,
} from './answers'
import { choiceParams, countQuestions } from './questions'

// The questionnaire lives in the page's query, so a link reproduces the answer:
// /advisor?subject=enterprise&oa=service&certified=1&same=1&n=3&rs=current

export const ruleSetParam = 'rs'

export interface ParsedQuery {
  answers: AdvisorAnswers
  /** The rule set the link was made under; `null` when it names none. */
  ruleSetId: RuleSetId | null
  /** What the link gave but could not be understood: those questions keep their default answer. */
  unreadable: (AnswerKey | 'ruleSet')[]
  /**
   * Counts the link gave as numbers out of range: they stay in their boxes and are refused as typed ones are,
   * with the range, so a link never answers for a number nobody can register (nor for a default instead).
   */
  refused: CountKey[]
}

const yesNo = { '1': 'yes', '0': 'no' } as const

type Schema = { safeParse: (value: unknown) => { success: boolean } }

function accepted<T>(schema: Schema, value: T): T | undefined {
  return schema.safeParse(value).success ? value : undefined
}

/** A count in the link: digits (full-width too), as the box would read them; `undefined` when not a number. */
function readCount(value: string): string | undefined {
  return countDigits(value) ?? undefined
}

/** A number the advisor's schema refuses for this count: out of its range, however many digits. */
function outOfRange(key: CountKey, digits: string): boolean {
  const schema = key === 'wanted' ? situationSchema.shape.wanted : situationSchema.shape.subjectMiniPrograms
  return accepted(schema, Number(digits)) === undefined
}

function readChoice(key: keyof typeof choiceParams, value: string): string | boolean | undefined {
  switch (key) {
    case 'subjectType':
      return accepted(situationSchema.shape.subjectType, value)
    case 'account':
      return value === 'none' ? value : accepted(officialAccountSituationSchema.shape.type, value)
    case 'certified':
    case 'sameSubject':
      return value === '1' || value === '0' ? yesNo[value] : undefined
    case 'pending':
      return value === '1' ? true : value === '0' ? false : undefined
  }
}

export function parseQuery(params: URLSearchParams): ParsedQuery {
  const answers: AdvisorAnswers = { ...emptyAnswers }
  const record = answers as unknown as Record<AnswerKey, string | boolean>
  const unreadable: ParsedQuery['unreadable'] = []
  const read = (key: AnswerKey, param: string, parse: (value: string) => string | boolean | undefined) => {
    const value = params.get(param)
    if (value === null) return
    const parsed = parse(value.trim())
    if (parsed === undefined) unreadable.push(key)
    else record[key] = parsed
  }
  for (const key of Object.keys(choiceParams) as (keyof typeof choiceParams)[]) {
    read(key, choiceParams[key], (value) => readChoice(key, value))
  }
  const refused: CountKey[] = []
  for (const key of Object.keys(countQuestions) as CountKey[]) {
    read(key, countQuestions[key].param, readCount)
    if (params.has(countQuestions[key].param) && answers[key] !== '' && outOfRange(key, answers[key])) {
      refused.push(key)
    }
  }
  const rs = params.get(ruleSetParam)
  if (rs !== null && !isRuleSetId(rs)) unreadable.push('ruleSet')
  return { answers, ruleSetId: isRuleSetId(rs) ? rs : null, unreadable, refused }
}

/** The answers that apply, as a query; empty while nothing is answered. */
export function toQuery(answers: AdvisorAnswers, ruleSetId: RuleSetId): URLSearchParams {
  const params = new URLSearchParams()
  if (isEmpty(answers)) return params
  const put = (param: string, value: string) => {
    if (value !== '') params.set(param, value)
  }
  put(choiceParams.subjectType, answers.subjectType)
  put(countQuestions.subjectMiniPrograms.param, answers.subjectMiniPrograms.trim())
  if (asksAboutAccount(answers)) put(choiceParams.account, answers.account)
  if (hasAccount(answers)) {
    put(choiceParams.certified, answers.certified === '' ? '' : answers.certified === 'yes' ? '1' : '0')
    put(choiceParams.sameSubject, answers.sameSubject === '' ? '' : answers.sameSubject === 'yes' ? '1' : '0')
  }
  if (asksAccountCounts(answers)) {
    for (const key of accountCountKeys) put(countQuestions[key].param, answers[key].trim())
    if (answers.pending) put(choiceParams.pending, '1')
  }
  put(countQuestions.wanted.param, answers.wanted.trim())
  put(countQuestions.adminIdCard.param, answers.adminIdCard.trim())
  put(countQuestions.adminPhone.param, answers.adminPhone.trim())
  params.set(ruleSetParam, ruleSetId)
  return params
}
