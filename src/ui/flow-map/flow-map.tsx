import { useId, type MouseEvent } from 'react'
import { useNavigate } from 'react-router'
import type { FlowGraph, FlowNode, StepId } from '../../domain'
import { t } from '../../i18n'
import { Button } from '../button'
import { RuleLink } from '../rules/rule-link'
import { pathName } from '../terms'
import { conditionText, edgeText, guardText, stepTitle } from './flow-text'
import { layoutFlow, metrics, wrap, type NodeLines } from './layout'
import './messages'
import './flow-map.css'
import '../../i18n/wizard-messages'

export interface FlowMapProps {
  graph: FlowGraph
  /** The step the registration (or demo) stands on: highlighted, and named 当前步骤. */
  current?: StepId
  /** Steps done: marked ✓ 已完成. */
  done?: readonly StepId[]
  /** A demo panel's jump: offered (as a button in the text version, a click on the drawing) where canJump allows. */
  onJump?: (step: StepId) => void
  canJump?: (step: StepId) => boolean
  /** 打印 below the drawing. */
  printable?: boolean
  /** The level of the text version's heading (the page's structure decides). */
  headingLevel?: 2 | 3
}

type Status = 'current' | 'done' | 'unreachable' | undefined

function statusOf(node: FlowNode, current?: StepId, done?: readonly StepId[]): Status {
  if (node.step === current) return 'current'
  if (done?.includes(node.step)) return 'done'
  return node.reachable ? undefined : 'unreachable'
}

function statusText(status: Status): string | undefined {
  if (status === 'current') return `${t('flow.map.currentMarker')} ${t('flow.map.current')}`
  if (status === 'done') return `${t('flow.map.doneMarker')} ${t('flow.map.done')}`
  if (status === 'unreachable') return t('flow.map.unreachable')
  return undefined
}

/**
 * 流程图: a path of the flow machine (`flowGraph`), drawn as SVG in phase bands, with the same graph as nested
 * lists below it. The drawing is hidden from screen readers (the lists say everything it shows, links and
 * jumps included) and scrolls sideways in its own region when the screen is too narrow.
 */
export function FlowMap({
  graph,
  current,
  done,
  onJump,
  canJump,
  printable,
  headingLevel = 2,
}: FlowMapProps) {
  const id = useId()
  const navigate = useNavigate()
  const path = graph.path
  const { padX, title, small } = metrics
  const textWidth = metrics.nodeWidth - 2 * padX
  const linesOf = (node: FlowNode): NodeLines => {
    const condition = conditionText(node)
    const status = statusText(statusOf(node, current, done))
    return {
      condition: condition ? wrap(condition, Math.floor(textWidth / small.size)) : [],
      title: wrap(stepTitle(node.step, path), Math.floor(textWidth / title.size)),
      kind: [t(`flow.map.kind.${node.kind}`)],
      status: status ? [status] : [],
      guards: node.guards.map((rule) =>
        wrap(`${t('flow.map.guardMarker')} ${guardText(rule)}`, Math.floor(textWidth / small.size)),
      ),
    }
  }
  const layout = layoutFlow(graph, linesOf)
  const jumpable = (step: StepId) => onJump !== undefined && (canJump?.(step) ?? true)
  const follow = (event: MouseEvent<Element>, to: string) => {
    event.preventDefault()
    void navigate(to)
  }
  const Heading = `h${headingLevel}` as const
  const markerId = `${id}-arrow`

  return (
    <div className="flow-map">
      <div
        className="flow-map__drawing"
        role="region"
        aria-label={t('flow.map.drawingLabel', { path: pathName(path) })}
        aria-describedby={`${id}-hint`}
        tabIndex={0}
      >
        <svg
          aria-hidden="true"
          focusable="false"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
          className="flow-map__svg"
          style={{ minWidth: layout.width * 0.85, maxWidth: layout.width * 1.5 }}
        >
          <defs>
            <marker
              id={markerId}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" className="flow-map__arrow" />
            </marker>
          </defs>
          {layout.bands.map((band, i) => (
            <g key={`${band.phase}-${i}`} className="flow-map__band" data-phase={band.phase}>
              <rect x={0} y={band.y} width={layout.width} height={band.height} rx={6} />
              <text x={layout.width - metrics.right - 4} y={band.y + 20} textAnchor="end">
                {t(`wizard.phases.${band.phase}`)}
              </text>
            </g>
          ))}
          {layout.edges.map(({ edge, d, lane }) => (
            <path
              key={`${edge.from}>${edge.to}`}
              d={d}
              className={lane ? 'flow-map__edge flow-map__edge--lane' : 'flow-map__edge'}
              markerEnd={`url(#${markerId})`}
            />
          ))}
          {layout.nodes.map((placed) => {
            const { node, x, y, width, height } = placed
            const status = statusOf(node, current, done)
            const lines = linesOf(node)
            let ty = y + metrics.padY
            const row = (size: 'title' | 'small') => {
              ty += metrics[size].line
              return ty - (metrics[size].line - metrics[size].size) / 2 - 2
            }
            const classes = ['flow-map__node', `flow-map__node--kind-${node.kind}`]
            if (node.condition) classes.push('flow-map__node--conditional')
            if (status) classes.push(`flow-map__node--${status}`)
            const jump = jumpable(node.step)
            return (
              <g
                key={node.step}
                className={classes.join(' ')}
                data-step={node.step}
                data-jump={jump ? true : undefined}
                onClick={jump ? () => onJump?.(node.step) : undefined}
              >
                <rect x={x} y={y} width={width} height={height} rx={8} />
                {lines.condition.map((line, i) => (
                  <text key={`c${i}`} x={x + padX} y={row('small')} className="flow-map__condition">
                    {line}
                  </text>
                ))}
                {lines.title.map((line, i) => (
                  <text key={`t${i}`} x={x + padX} y={row('title')} className="flow-map__title">
                    {line}
                  </text>
                ))}
                {lines.status.map((line, i) => (
                  <text key={`s${i}`} x={x + padX} y={row('small')} className="flow-map__status">
                    {line}
                  </text>
                ))}
                {lines.kind.map((line, i) => (
                  <text key={`k${i}`} x={x + padX} y={row('small')} className="flow-map__kind">
                    {line}
                  </text>
                ))}
                {node.guards.map((rule, i) => (
                  <a
                    key={rule}
                    href={`/rules#${rule}`}
                    tabIndex={-1}
                    className="flow-map__guard"
                    onClick={(event) => follow(event, `/rules#${rule}`)}
                  >
                    {lines.guards[i]!.map((line, j) => (
                      <text key={j} x={x + padX} y={row('small')}>
                        {line}
                      </text>
                    ))}
                  </a>
                ))}
              </g>
            )
          })}
        </svg>
      </div>
      <p id={`${id}-hint`} className="flow-map__hint">
        {t('flow.map.drawingHint')}
      </p>
      <details className="flow-map__legend">
        <summary>{t('flow.map.legendTitle')}</summary>
        <ul>
          {(['step', 'conditional', 'bypass', 'current', 'done', 'guard'] as const).map((item) => (
            <li key={item}>{t(`flow.map.legend.${item}`)}</li>
          ))}
        </ul>
      </details>
      {printable ? (
        <div className="flow-map__print">
          <Button variant="secondary" onClick={() => window.print()}>
            {t('flow.map.print')}
          </Button>
        </div>
      ) : null}
      <section className="flow-map__text" aria-labelledby={`${id}-text`}>
        <Heading id={`${id}-text`}>{t('flow.map.textTitle', { path: pathName(path) })}</Heading>
        <ol className="flow-list">
          {graph.phases.map((group, i) => (
            <li key={`${group.phase}-${i}`} className="flow-list__phase">
              <span className="flow-list__phase-name">
                {t('flow.map.phase', { phase: t(`wizard.phases.${group.phase}`) })}
              </span>
              <ol>
                {group.steps.map((step) => {
                  const node = graph.nodes.find((n) => n.step === step)!
                  const status = statusOf(node, current, done)
                  const next = graph.edges.filter((e) => e.from === step)
                  const condition = conditionText(node)
                  return (
                    <li
                      key={step}
                      className={status ? `flow-list__step flow-list__step--${status}` : 'flow-list__step'}
                      aria-current={status === 'current' ? 'step' : undefined}
                    >
                      <span className="flow-list__title">{stepTitle(step, path)}</span>
                      {status ? (
                        <span className="flow-list__status">
                          {t('flow.map.statusInList', { status: statusText(status)! })}
                        </span>
                      ) : null}
                      <span className="flow-list__kind">{t(`flow.map.kind.${node.kind}`)}</span>
                      {condition ? <span className="flow-list__condition">{condition}</span> : null}
                      {node.guards.length ? (
                        <ul className="flow-list__guards">
                          {node.guards.map((rule) => (
                            <li key={rule}>
                              <RuleLink id={rule}>{guardText(rule)}</RuleLink>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      <ul className="flow-list__next">
                        {next.length ? (
                          next.map((edge) => <li key={edge.to}>{edgeText(edge, path)}</li>)
                        ) : (
                          <li>{t('flow.map.end')}</li>
                        )}
                      </ul>
                      {jumpable(step) ? (
                        <Button variant="secondary" onClick={() => onJump?.(step)}>
                          {t('flow.map.jump', { step: stepTitle(step, path) })}
                        </Button>
                      ) : null}
                    </li>
                  )
                })}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
