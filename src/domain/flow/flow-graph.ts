import type { RuleId } from '../rules/rule-ids'
import type { RuleSet } from '../rules/rule-set'
import { guardApplies } from './guards'
import { applies, paths, type ConditionId } from './paths'
import { completions } from './progress'
import type { PathId, StepId, StepKind } from './step-ids'
import { steps, type Phase } from './steps'

/** One step of a path, as the flow map draws it. */
export interface FlowNode {
  step: StepId
  phase: Phase
  kind: StepKind
  /** The quota and eligibility rules checked on this path before the user may go on from this step (steps.ts). */
  guards: readonly RuleId[]
  /** The step is on the path only when this holds. */
  condition?: ConditionId
  /** False when no answers put the step on the path under this rule set (a rule it depends on is not stated). */
  reachable: boolean
}

/**
 * From one step to a step that can come next. `when`: the target's own condition, which must hold (the branch
 * into a conditional step); `unless`: the conditions of the steps in between, which do not hold (the bypass
 * around them). Both empty: the next step, always.
 */
export interface FlowEdge {
  from: StepId
  to: StepId
  when?: ConditionId
  unless: readonly ConditionId[]
}

/** A run of consecutive steps of one phase: a phase the path comes back to (主体 on 单独注册) is a second group. */
export interface FlowPhaseGroup {
  phase: Phase
  steps: readonly StepId[]
}

export interface FlowGraph {
  path: PathId
  nodes: readonly FlowNode[]
  edges: readonly FlowEdge[]
  phases: readonly FlowPhaseGroup[]
}

/**
 * The path as a graph, read from its definition (paths.ts) and the steps' data (steps.ts): every step a node, in
 * the path's order; an edge for every two steps that follow each other for some answers, found by walking the
 * path with every answer its conditions can branch on (the subject type, the verification method, whether the
 * official account is certified: progress.ts's `completions`) under the rule set. So an edge the machine can
 * never take (微信认证 then 小额打款) is not drawn, and a step the rule set never puts on the path is marked.
 */
export function flowGraph(pathId: PathId, ruleSet: RuleSet): FlowGraph {
  const path = paths[pathId]
  const edges = new Map<string, FlowEdge>()
  const reached = new Set<StepId>()
  for (const answers of completions({})) {
    let previous: number | undefined
    path.steps.forEach((entry, index) => {
      if (applies(entry, answers, ruleSet) !== true) return
      reached.add(entry.step)
      if (previous !== undefined) {
        const from = path.steps[previous]!.step
        const skipped = path.steps.slice(previous + 1, index)
        edges.set(`${from}>${entry.step}`, {
          from,
          to: entry.step,
          ...(entry.when ? { when: entry.when.id } : {}),
          unless: skipped.flatMap((s) => (s.when ? [s.when.id] : [])),
        })
      }
      previous = index
    })
  }
  const order = (id: StepId) => path.steps.findIndex((entry) => entry.step === id)
  const nodes = path.steps.map(({ step, when }): FlowNode => {
    const def = steps[step]
    return {
      step,
      phase: def.phase,
      kind: def.kind,
      guards: def.guards.filter((id) => guardApplies(id, pathId)),
      ...(when ? { condition: when.id } : {}),
      reachable: reached.has(step),
    }
  })
  const phases: FlowPhaseGroup[] = []
  for (const node of nodes) {
    const last = phases[phases.length - 1]
    if (last?.phase === node.phase) phases[phases.length - 1] = { ...last, steps: [...last.steps, node.step] }
    else phases.push({ phase: node.phase, steps: [node.step] })
  }
  return {
    path: pathId,
    nodes,
    edges: [...edges.values()].sort((a, b) => order(a.from) - order(b.from) || order(a.to) - order(b.to)),
    phases,
  }
}
