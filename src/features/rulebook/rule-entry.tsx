import { Link } from 'react-router'
import { changesTouching, subjectTypes, topicOf, type RuleId, type RuleSet } from '../../domain'
import { joinList, t } from '../../i18n'
import { ruleName, ruleSummary } from '../../ui/rules/rule-text'
import { UnverifiedCaution } from '../../ui/rules/unverified-caution'
import { formatDate } from '../../ui/format'
import { pathName, subjectTypeName } from '../../ui/terms'
import { enforcingSteps } from './rule-steps'
import { RuleVersions } from './rule-versions'
import './messages'

function appliesToText(id: RuleId, ruleSet: RuleSet): string {
  const types = ruleSet.rules[id].appliesTo
  if (subjectTypes.every((type) => types.includes(type))) return t('rulebook.entry.allSubjects')
  return joinList(types.map(subjectTypeName))
}

function EnforcingSteps({ id }: { id: RuleId }) {
  const found = enforcingSteps(id)
  if (found.length === 0) return <p className="rule__meta">{t('rulebook.entry.noSteps')}</p>
  return (
    <ul className="rule__steps" aria-labelledby={`${id}-steps`}>
      {found.map(({ path, step, guard, conditional }) => (
        <li key={`${path}-${step}`}>
          {t('rulebook.entry.stepOnPath', { path: pathName(path), step: t(`steps.${step}.title`) })}
          {conditional ? t('rulebook.entry.conditional') : null}
          <span className="rule__meta">
            {guard ? t('rulebook.entry.guard') : t('rulebook.entry.explained')}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** The platform changes that touched the rule, each linking to its entry on the 变更记录 page. */
function RuleChanges({ id }: { id: RuleId }) {
  const changes = changesTouching(id)
  if (changes.length === 0) return null
  return (
    <>
      <h3 className="rule__steps-heading">{t('rulebook.entry.changedBy')}</h3>
      <ul className="rule__changes">
        {changes.map((change) => (
          <li key={change.id}>
            <Link to={`/rules/changes#${change.id}`}>
              {t('rulebook.entry.changedByLink', {
                date: change.date ? formatDate(change.date) : t('changes.page.undated'),
                title: t(`changes.items.${change.id}.title`),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  )
}

/** One rule: its name and id, what it says now, both rule sets side by side, and where the wizard uses it. */
export function RuleEntry({ id, ruleSet }: { id: RuleId; ruleSet: RuleSet }) {
  const headingId = `${id}-name`
  return (
    <article id={id} tabIndex={-1} className="rule" aria-labelledby={headingId}>
      <h2 id={headingId} className="rule__name">
        {ruleName(id)}
      </h2>
      <p className="rule__tags">
        <span className="rule__id">
          {t('rulebook.entry.id')} <code>{id}</code>
        </span>
        <span>{t('rulebook.entry.topic', { topic: t(`rules.topic.${topicOf(id)}`) })}</span>
        <span>{t('rulebook.entry.appliesTo', { types: appliesToText(id, ruleSet) })}</span>
      </p>
      <p className="rule__summary">{ruleSummary(id, ruleSet)}</p>
      <UnverifiedCaution id={id} ruleSet={ruleSet} withSources={false} />
      <RuleVersions id={id} activeId={ruleSet.id} />
      <RuleChanges id={id} />
      <h3 id={`${id}-steps`} className="rule__steps-heading">
        {t('rulebook.entry.steps')}
      </h3>
      <EnforcingSteps id={id} />
      <p className="rule__link">
        <Link to={`#${id}`}>
          {t('rulebook.entry.link')}
          <span className="visually-hidden">{t('rulebook.entry.linkOf', { name: ruleName(id) })}</span>
        </Link>
      </p>
    </article>
  )
}
