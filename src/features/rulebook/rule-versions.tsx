import { ruleSetIds, ruleSets, type RuleId, type RuleSetId } from '../../domain'
import { joinList, t } from '../../i18n'
import { CheckedOn, ReferenceList } from '../../ui/rules/rule-references'
import { ruleSummary } from '../../ui/rules/rule-text'
import './messages'

function version(id: RuleId, setId: RuleSetId) {
  const rule = ruleSets[setId].rules[id]
  return {
    content: ruleSummary(id, ruleSets[setId]),
    source: joinList(rule.sources.map((s) => t(`rules.source.${s}`))),
    confidence: t(`rules.confidence.${rule.confidence}`),
    checked: `${rule.checkedOn} ${rule.references.map((r) => `${r.title} ${r.url ?? ''}`).join(' ')}`,
  }
}

type Version = ReturnType<typeof version>
const aspects = ['content', 'source', 'confidence', 'checked'] as const satisfies readonly (keyof Version)[]

/** 最后核实 and the sources of the rule under one rule set. */
function Freshness({ id, setId }: { id: RuleId; setId: RuleSetId }) {
  const rule = ruleSets[setId].rules[id]
  return (
    <>
      <dl className="rule__version-meta">
        <dt>{t('rulebook.entry.references')}</dt>
        <dd>
          <ReferenceList references={rule.references} />
        </dd>
      </dl>
      <p className="rule__meta">
        <CheckedOn date={rule.checkedOn} />
      </p>
    </>
  )
}

/**
 * The rule under 现行规则 and 指南原文 side by side (one above the other on a phone), with source, confidence, when
 * it was last verified and against what; where the two agree, those once (the page has said what the rule says).
 */
export function RuleVersions({ id, activeId }: { id: RuleId; activeId: RuleSetId }) {
  const versions = ruleSetIds.map((setId) => ({ setId, ...version(id, setId) }))
  const [first, second] = versions
  if (!first || !second) return null
  if (aspects.every((aspect) => first[aspect] === second[aspect])) {
    return (
      <div className="rule__same">
        <p className="rule__meta">
          {t('rulebook.entry.same')}
          {t('rulebook.entry.sameDetail', { source: first.source, confidence: first.confidence })}
        </p>
        <Freshness id={id} setId={activeId} />
      </div>
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
            <Freshness id={id} setId={v.setId} />
          </section>
        )
      })}
    </div>
  )
}
