import type { AdviceFinding } from '../../domain'
import { hasMessage, t } from '../../i18n'
import { formatDate } from '../../ui/format'
import { ruleName } from '../../ui/rules/rule-text'
import './messages'

export interface FindingText {
  /** Which path it concerns: 两条路径, 单独注册 or 复用公众号资质. */
  path: string
  /** The rule's short name (the page links it to the rule book). */
  rule: string
  /** Between the name and the statement: which part of the limit, and the colon. */
  afterRule: string
  /** What the limit is and where it stands, and when a monthly one starts again. */
  statement: string
  /** The whole line as plain text: name, part, statement. */
  text: string
  /** What to do instead, for a finding that stops a path. */
  todo: string | null
}

function statement(f: AdviceFinding): string {
  const params = { limit: f.limit ?? '', used: f.used, requested: f.requested }
  if (f.reason === 'pending') return t('advisor.answer.findings.pending', params)
  if (f.severity === 'warn') return t('advisor.answer.findings.warn', params)
  if (f.severity === 'advice') {
    if (f.reason === 'not-stated') return t('advisor.answer.findings.notStated', params)
    if (f.limit === null) return t('advisor.answer.findings.unknownLimit', params)
    return t('advisor.answer.findings.advisory', params)
  }
  return t('advisor.answer.findings.block', { ...params, remaining: f.remaining ?? '' })
}

function part(f: AdviceFinding): string {
  if (f.severity !== 'block' || f.reason === 'pending') return ''
  if (f.reason === 'same-subject') return t('advisor.answer.findings.sameSubjectPart')
  if (f.reason === 'other-subject') return t('advisor.answer.findings.otherSubjectPart')
  return ''
}

/** A limit the request meets, from checkQuotas: what it is, and what to do about it. */
export function findingText(f: AdviceFinding): FindingText {
  const resets = f.resetsOn ? t('advisor.answer.findings.resets', { date: formatDate(f.resetsOn) }) : ''
  const todoKey = `advisor.answer.findings.todo.${f.ruleId}`
  const rule = ruleName(f.ruleId)
  const afterRule = t('advisor.answer.findings.afterRule', { part: part(f) })
  const said = statement(f) + resets
  return {
    path: t(`advisor.answer.paths.${f.path}`),
    rule,
    afterRule,
    statement: said,
    text: rule + afterRule + said,
    todo: f.severity === 'block' && hasMessage(todoKey) ? t(todoKey) : null,
  }
}
