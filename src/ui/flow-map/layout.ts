import type { FlowEdge, FlowGraph, FlowNode, Phase, StepId } from '../../domain'

// The flow map's hand layout: one column, in the path's order, grouped in phase bands. A conditional step is
// indented; an edge between two steps that follow each other in the column is drawn straight down, one that
// passes others (the bypass around a conditional step, or a branch past another) runs in a lane of the gutter
// on the left. Positions are in SVG user units (1 unit = 1 CSS px at natural size).

/** The lines of text a node holds, as measured by the caller (each already wrapped to the node's width). */
export interface NodeLines {
  condition: string[]
  title: string[]
  kind: string[]
  status: string[]
  guards: string[][]
}

export const metrics = {
  nodeWidth: 280,
  indent: 32,
  lane: 14,
  gutterPad: 14,
  padX: 12,
  padY: 10,
  title: { size: 15, line: 21 },
  small: { size: 13, line: 18 },
  phaseHeader: 30,
  nodeGap: 26,
  bandPad: 8,
  right: 8,
}

export interface PlacedNode {
  node: FlowNode
  x: number
  y: number
  width: number
  height: number
}

export interface PlacedBand {
  phase: Phase
  y: number
  height: number
}

export interface PlacedEdge {
  edge: FlowEdge
  /** SVG path data, ending where the arrow head goes. */
  d: string
  /** Runs in the gutter (passes other steps). */
  lane: boolean
}

export interface FlowLayout {
  width: number
  height: number
  nodes: PlacedNode[]
  bands: PlacedBand[]
  edges: PlacedEdge[]
}

/** Splits text into lines of at most `max` characters (each counted a full em: CJK text, so never too long). */
export function wrap(text: string, max: number): string[] {
  const chars = [...text]
  const lines: string[] = []
  for (let i = 0; i < chars.length; i += max) lines.push(chars.slice(i, i + max).join(''))
  return lines.length ? lines : ['']
}

export function nodeHeight(lines: NodeLines): number {
  const { padY, title, small } = metrics
  const smallLines =
    lines.condition.length + lines.kind.length + lines.status.length + lines.guards.flat().length
  return padY * 2 + lines.title.length * title.line + smallLines * small.line
}

/** Gutter lanes for the edges that pass other steps: the fewest lanes with no two overlapping edges in one. */
function assignLanes(spans: { from: number; to: number }[]): number[] {
  const laneEnds: number[] = []
  return spans.map(({ from, to }) => {
    let lane = laneEnds.findIndex((end) => end <= from)
    if (lane < 0) lane = laneEnds.length
    laneEnds[lane] = to
    return lane
  })
}

export function layoutFlow(graph: FlowGraph, linesOf: (node: FlowNode) => NodeLines): FlowLayout {
  const m = metrics
  const index = new Map<StepId, number>(graph.nodes.map((n, i) => [n.step, i]))
  const laneEdges = graph.edges
    .map((edge) => ({ edge, from: index.get(edge.from)!, to: index.get(edge.to)! }))
    .filter(({ from, to }) => to - from > 1)
    .sort((a, b) => a.from - b.from || a.to - b.to)
  const lanes = assignLanes(laneEdges)
  const laneCount = lanes.length ? Math.max(...lanes) + 1 : 0
  const gutter = m.gutterPad + laneCount * m.lane
  const width = gutter + m.indent + m.nodeWidth + m.right

  const nodes: PlacedNode[] = []
  const bands: PlacedBand[] = []
  let y = 0
  for (const group of graph.phases) {
    const top = y
    y += m.phaseHeader
    for (const step of group.steps) {
      const node = graph.nodes[index.get(step)!]!
      const height = nodeHeight(linesOf(node))
      const x = gutter + (node.condition ? m.indent : 0)
      nodes.push({ node, x, y, width: m.nodeWidth, height })
      y += height + m.nodeGap
    }
    y += m.bandPad - m.nodeGap
    bands.push({ phase: group.phase, y: top, height: y - top })
    y += m.nodeGap
  }
  const height = y - m.nodeGap

  const placed = new Map(nodes.map((p) => [p.node.step, p]))
  const edges: PlacedEdge[] = graph.edges.map((edge) => {
    const a = placed.get(edge.from)!
    const b = placed.get(edge.to)!
    const laneAt = laneEdges.findIndex((l) => l.edge === edge)
    if (laneAt < 0) {
      const ax = a.x + Math.min(a.width, b.width) / 2
      const bx = b.x + Math.min(a.width, b.width) / 2
      const mid = (a.y + a.height + b.y) / 2
      const d =
        ax === bx ? `M${ax},${a.y + a.height} V${b.y}` : `M${ax},${a.y + a.height} V${mid} H${bx} V${b.y}`
      return { edge, d, lane: false }
    }
    const x = m.gutterPad / 2 + (laneCount - 1 - lanes[laneAt]!) * m.lane + m.lane / 2
    const startY = a.y + a.height - m.padY
    const endY = b.y + Math.min(b.height / 2, 24)
    return { edge, d: `M${a.x},${startY} H${x} V${endY} H${b.x}`, lane: true }
  })
  return { width, height, nodes, bands, edges }
}
