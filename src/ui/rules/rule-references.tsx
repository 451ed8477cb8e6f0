import type { Reference } from '../../domain'
import { t } from '../../i18n'
import { formatDate } from '../format'
import './rules.css'

/** A source's title, as a link opening in a new tab where it has an address (the guide has none). */
export function ReferenceLink({ reference }: { reference: Reference }) {
  if (!reference.url) return <cite className="rule-reference">{reference.title}</cite>
  return (
    <a className="rule-reference" href={reference.url} target="_blank" rel="noreferrer">
      <cite>{reference.title}</cite>
      <span className="visually-hidden">{t('rules.opensInNewTab')}</span>
    </a>
  )
}

/** The sources of a rule or a change, one per line. */
export function ReferenceList({ references }: { references: readonly Reference[] }) {
  return (
    <ul className="rule-references">
      {references.map((reference) => (
        <li key={`${reference.title}-${reference.url ?? ''}`}>
          <ReferenceLink reference={reference} />
        </li>
      ))}
    </ul>
  )
}

/** "最后核实 2026年12月1日", the date as a <time>. */
export function CheckedOn({ date }: { date: string }) {
  return (
    <span className="rule-checked-on">
      {t('rules.checkedOn')} <time dateTime={date}>{formatDate(date)}</time>
    </span>
  )
}
