import { ruleSetIds, ruleSets, type RuleId, type RuleSetId } from '../../domain'
import { joinList, t } from '../../i18n'
import { ruleSummary } from '../../ui/rules/rule-text'

function version(id: RuleId, setId: RuleSetId) {
  const rule = ruleSets[setId].rules[id]
  return {
    content: ruleSummary(id, ruleSets[setId]),
    source: joinList(rule.sources.map((s) => t(`rules.source.${s}`))),
    confidence: t(`rules.confidence.${rule.confidence}`),
  }
}

type Version = ReturnType<typeof version>
const aspects = ['content', 'source', 'confidence'] as const satisfies readonly (keyof Version)[]

/**
 * The rule under 现行规则 and 指南原文 side by side (one above the other on a phone), with source and
 * confidence; where the two agree, only the source and confidence (the page has said what the rule says).
 */
export function RuleVersions({ id, activeId }: { id: RuleId; activeId: RuleSetId }) {
  const versions = ruleSetIds.map((setId) => ({ setId, ...version(id, setId) }))
  const [first, second] = versions
  if (!first || !second) return null
  if (aspects.every((aspect) => first[aspect] === second[aspect])) {
    return (
      <p className="rule__meta">
        {t('rulebook.entry.same')}
        {t('rulebook.entry.sameDetail', { source: first.source, confidence: first.confidence })}
      </p>
    )
  }
  return (
    <div className="rule__versions">
      {versions.map((v) => {
        const active = v.setId === activeId
        const name = t(`rules.ruleSet.${v.setId}`)
        return (
          <section
            key={v.setId}
            className={`rule__version${active ? ' rule__version--active' : ''}`}
            aria-labelledby={`${id}-${v.setId}`}
          >
            <h3 id={`${id}-${v.setId}`} className="rule__version-name">
              {active ? t('rulebook.entry.active', { name }) : name}
            </h3>
            <p>{v.content}</p>
            <dl className="rule__version-meta">
              <dt>{t('rulebook.entry.source')}</dt>
              <dd>{v.source}</dd>
            </dl>
            <p className="rule__meta">{v.confidence}</p>
          </section>
        )
      })}
    </div>
  )
}
