import type { AdviceFinding } from '../../domain'
import { hasMessage, t } from '../../i18n'
import { formatDate } from '../../ui/format'
import { ruleName } from '../../ui/rules/rule-text'

export interface FindingText {
  /** Which path it concerns: 两条路径, 单独注册 or 复用公众号资质. */
  path: string
  /** What the limit is and where it stands, and when a monthly one starts again. */
  text: string
  /** What to do instead, for a finding that stops a path. */
  todo: string | null
}

function statement(f: AdviceFinding): string {
  const params = { rule: ruleName(f.ruleId), limit: f.limit ?? '', used: f.used, requested: f.requested }
  if (f.reason === 'pending') return t('advisor.answer.findings.pending', params)
  if (f.severity === 'warn') return t('advisor.answer.findings.warn', params)
  if (f.severity === 'advice') {
    if (f.reason === 'not-stated') return t('advisor.answer.findings.notStated', params)
    if (f.limit === null) return t('advisor.answer.findings.unknownLimit', params)
    return t('advisor.answer.findings.advisory', params)
  }
  const part =
    f.reason === 'same-subject'
      ? t('advisor.answer.findings.sameSubjectPart')
      : f.reason === 'other-subject'
        ? t('advisor.answer.findings.otherSubjectPart')
        : ''
  return t('advisor.answer.findings.block', { ...params, part, remaining: f.remaining ?? '' })
}

/** A limit the request meets, from checkQuotas: what it is, and what to do about it. */
export function findingText(f: AdviceFinding): FindingText {
  const resets = f.resetsOn ? t('advisor.answer.findings.resets', { date: formatDate(f.resetsOn) }) : ''
  const todoKey = `advisor.answer.findings.todo.${f.ruleId}`
  return {
    path: t(`advisor.answer.paths.${f.path}`),
    text: statement(f) + resets,
    todo: f.severity === 'block' && hasMessage(todoKey) ? t(todoKey) : null,
  }
}
