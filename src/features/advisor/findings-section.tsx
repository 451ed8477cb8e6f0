import type { AdviceFinding } from '../../domain'
import { RuleLink } from '../../ui/rules/rule-link'
import { findingText } from './finding-text'

interface FindingsSectionProps {
  title: string
  findings: readonly AdviceFinding[]
  tone: 'block' | 'note'
  /** A line under the title: what the findings were checked for. */
  note?: string
}

/** Limits met on the way: what stops a path (and what to do), or what to keep an eye on. */
export function FindingsSection({ title, findings, tone, note }: FindingsSectionProps) {
  if (findings.length === 0) return null
  return (
    <section className={`advice__section advice__findings advice__findings--${tone}`}>
      <h3>{title}</h3>
      {note ? <p>{note}</p> : null}
      <ul className="advice__list">
        {findings.map((finding, index) => {
          const { path, rule, afterRule, statement, todo } = findingText(finding)
          // The rule's name, which the statement starts with, is itself the link to the rule book.
          return (
            <li key={`${finding.ruleId}-${finding.path}-${index}`}>
              <strong className="advice__path-tag">{path}</strong>{' '}
              <RuleLink id={finding.ruleId}>{rule}</RuleLink>
              {afterRule}
              {statement}
              {todo ? <p className="advice__todo">{todo}</p> : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
