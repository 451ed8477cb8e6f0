import { conditions, type FlowEdge, type FlowNode, type PathId, type StepId } from '../../domain'
import { hasMessage, t } from '../../i18n'
import { ruleName } from '../rules/rule-text'
import './messages'

/** The step's name as its page's h1 says it on this path (the reuse path asks about the account's subject). */
export function stepTitle(step: StepId, path: PathId): string {
  const reuseKey = `steps.${step}.titleReuse`
  if (path === 'reuse' && hasMessage(reuseKey)) return t(reuseKey)
  return t(`steps.${step}.title`)
}

/** "下一步：X", "若<condition>：X" or "若不满足“A”“B”：X": one edge, as the text version says it. */
export function edgeText(edge: FlowEdge, path: PathId): string {
  const step = stepTitle(edge.to, path)
  if (edge.when) return t('flow.map.branch', { condition: t(conditions[edge.when].label), step })
  if (edge.unless.length) {
    const names = edge.unless.map((id) => t(conditions[id].label)).join(t('flow.map.conditionsSeparator'))
    return t('flow.map.bypass', { conditions: names, step })
  }
  return t('flow.map.next', { step })
}

export function conditionText(node: FlowNode): string | undefined {
  return node.condition
    ? t('flow.map.onlyWhen', { condition: t(conditions[node.condition].label) })
    : undefined
}

export function guardText(rule: FlowNode['guards'][number]): string {
  return t('flow.map.guard', { rule: ruleName(rule) })
}
