import { ruleSetIds, ruleSets, type RuleId, type RuleSetId } from '../../domain'
import { joinList, t } from '../../i18n'
import { ruleName, ruleSummary } from '../../ui/rules/rule-text'

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
 * The rule under 现行规则 and 指南原文 side by side, with source and confidence; where the two agree, only
 * the source and confidence (the page has already said what the rule says).
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
    <table className="rule__versions">
      <caption className="visually-hidden">{t('rulebook.entry.versions', { name: ruleName(id) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rulebook.entry.aspect')}</th>
          {versions.map(({ setId }) => (
            <th scope="col" key={setId} className={setId === activeId ? 'rule__active' : undefined}>
              {setId === activeId
                ? t('rulebook.entry.active', { name: t(`rules.ruleSet.${setId}`) })
                : t(`rules.ruleSet.${setId}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {aspects.map((aspect) => (
          <tr key={aspect}>
            <th scope="row">{t(`rulebook.entry.${aspect}`)}</th>
            {versions.map((v) => (
              <td key={v.setId} className={v.setId === activeId ? 'rule__active' : undefined}>
                {v[aspect]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
