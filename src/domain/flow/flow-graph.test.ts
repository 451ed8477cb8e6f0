import { describe, expect, it } from 'vitest'
import { addMessages, t } from '../../i18n'
import { flow } from '../../i18n/zh-CN/flow'
import { ruleSets } from '../rules/rule-sets'
import type { RuleSetId } from '../rules/rule-set'
import { subjectTypes } from '../subject'
import { flowGraph, type FlowEdge } from './flow-graph'
import { conditionIds, conditions, paths, type ConditionId } from './paths'
import { pathIds, type PathId, type StepId } from './step-ids'
import type { Answers, OaStatusValues } from './step-values'
import { steps } from './steps'

addMessages('flow', flow)

// Issue 13: the flow map's nodes and edges equal the path definitions. Derived here on their own from `paths`:
// every answer a condition reads, each path walked step by step, two steps that follow each other an edge.

const account = (certified: boolean): OaStatusValues => ({
  accountName: '',
  accountType: 'service',
  certified,
  email: '',
  sameSubjectLinks: 0,
  otherSubjectLinks: 0,
  monthSameSubjectLinks: 0,
  monthOtherSubjectLinks: 0,
  monthFastRegistrations: 0,
  fastRegistrationPending: false,
})

const everyAnswer: Answers[] = subjectTypes.flatMap((subjectType) =>
  (['certification', 'transfer'] as const).flatMap((method) =>
    [true, false].map((certified) => ({
      'subject-type': { subjectType },
      'verification-method': { method },
      'oa-status': account(certified),
    })),
  ),
)

function expectedEdges(path: PathId, ruleSetId: RuleSetId): FlowEdge[] {
  const entries = paths[path].steps
  const found = new Map<string, FlowEdge>()
  for (const answers of everyAnswer) {
    const on = entries
      .map((entry, index) => ({ entry, index }))
      .filter(({ entry }) => !entry.when || entry.when.test(answers, ruleSets[ruleSetId]) === true)
    for (let i = 1; i < on.length; i++) {
      const a = on[i - 1]!
      const b = on[i]!
      const unless = entries.slice(a.index + 1, b.index).map((e) => e.when!.id)
      const edge: FlowEdge = { from: a.entry.step, to: b.entry.step, unless }
      if (b.entry.when) edge.when = b.entry.when.id
      found.set(`${edge.from}>${edge.to}`, edge)
    }
  }
  return [...found.values()]
}

const key = (e: FlowEdge) => `${e.from}>${e.to}`
const byKey = (a: FlowEdge, b: FlowEdge) => key(a).localeCompare(key(b))

describe.each(pathIds)('flowGraph(%s)', (path) => {
  it.each(['current', 'guide'] as const)('under %s: its edges are the steps that follow each other', (id) => {
    const graph = flowGraph(path, ruleSets[id])
    expect([...graph.edges].sort(byKey)).toEqual(expectedEdges(path, id).sort(byKey))
  })

  it('has every step of the path as a node, in order, with its phase, kind, guards and condition', () => {
    const graph = flowGraph(path, ruleSets.current)
    expect(graph.nodes.map((n) => n.step)).toEqual(paths[path].steps.map((e) => e.step))
    for (const [i, node] of graph.nodes.entries()) {
      const def = steps[node.step]
      const guards = def.guards.filter((id) => id !== 'REUSE_OA_TYPES' || path === 'reuse')
      expect(node).toMatchObject({ phase: def.phase, kind: def.kind, guards })
      expect(node.condition).toBe(paths[path].steps[i]!.when?.id)
    }
  })

  it('groups the steps by phase in the order of the path, every step once', () => {
    const graph = flowGraph(path, ruleSets.current)
    expect(graph.phases.flatMap((g) => g.steps)).toEqual(paths[path].steps.map((e) => e.step))
    for (const group of graph.phases) for (const s of group.steps) expect(steps[s].phase).toBe(group.phase)
    for (let i = 1; i < graph.phases.length; i++)
      expect(graph.phases[i]!.phase).not.toBe(graph.phases[i - 1]!.phase)
  })

  it('under current: every conditional step has a branch in with its condition and a bypass around it', () => {
    const graph = flowGraph(path, ruleSets.current)
    for (const entry of paths[path].steps.filter((e) => e.when)) {
      const id = entry.when!.id
      expect(graph.edges.some((e) => e.to === entry.step && e.when === id)).toBe(true)
      expect(graph.edges.some((e) => e.unless.includes(id))).toBe(true)
    }
    expect(graph.nodes.every((n) => n.reachable)).toBe(true)
  })
})

describe('flowGraph: what the map shows', () => {
  it('单独注册 after 确认主体信息: 微信认证, 小额打款 or straight to the profile; never 认证 then 打款', () => {
    const edges = flowGraph('standalone', ruleSets.current).edges
    expect(edges.filter((e) => e.from === 'confirm-subject')).toEqual([
      { from: 'confirm-subject', to: 'certification', when: 'verifiesByCertification', unless: [] },
      {
        from: 'confirm-subject',
        to: 'transfer',
        when: 'verifiesByTransfer',
        unless: ['verifiesByCertification'],
      },
      {
        from: 'confirm-subject',
        to: 'profile',
        unless: ['verifiesByCertification', 'verifiesByTransfer'],
      },
    ])
    expect(edges.some((e) => e.from === 'certification' && e.to === 'transfer')).toBe(false)
  })

  it('复用: an uncertified account is certified first, a certified one goes on', () => {
    const edges = flowGraph('reuse', ruleSets.current).edges.filter((e) => e.from === 'oa-status')
    expect(edges.map((e) => [e.to, e.when, e.unless])).toEqual([
      ['certify-oa', 'accountUncertified', []],
      ['open-mini-program', undefined, ['accountUncertified']],
    ])
  })

  it('under guide (no small transfer stated) the method choice and the transfer are never on the path', () => {
    const graph = flowGraph('standalone', ruleSets.guide)
    const unreachable: StepId[] = graph.nodes.filter((n) => !n.reachable).map((n) => n.step)
    expect(unreachable).toEqual(['verification-method', 'transfer'])
    expect(graph.edges.some((e) => e.to === 'transfer' || e.from === 'verification-method')).toBe(false)
  })

  it('shows the quota guards on the steps that check them', () => {
    const admin = flowGraph('standalone', ruleSets.current).nodes.find((n) => n.step === 'admin')
    expect(admin?.guards).toEqual(['ID_CARD_LIMIT', 'PHONE_LIMIT'])
    // The reuse eligibility is checked only where an account is reused (guards.ts).
    const type = (path: 'standalone' | 'reuse') =>
      flowGraph(path, ruleSets.current).nodes.find((n) => n.step === 'subject-type')?.guards
    expect(type('standalone')).toEqual([])
    expect(type('reuse')).toEqual(['REUSE_OA_TYPES'])
  })
})

describe('conditions', () => {
  it('every condition a path uses is named, and its label is in the catalog', () => {
    const used = new Set(pathIds.flatMap((p) => paths[p].steps.flatMap((e) => (e.when ? [e.when] : []))))
    for (const c of used) expect(conditions[c.id]).toBe(c)
    expect([...used].map((c) => c.id).sort()).toEqual([...conditionIds].sort())
    const labels = conditionIds.map((id: ConditionId) => t(conditions[id].label))
    expect(labels.every((label) => label.trim() !== '')).toBe(true)
    expect(t(conditions.organisation.label)).toBe('主体是组织')
    expect(t(conditions.accountUncertified.label)).toBe('公众号未认证')
    expect(t(conditions.verifiesByTransfer.label)).toBe('选择小额打款')
  })
})
