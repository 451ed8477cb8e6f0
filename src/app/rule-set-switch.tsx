// The header is on every page: it takes the rule-set ids alone, not the whole domain core (zod, schemas).
import { isRuleSetId, ruleSetIds } from '../domain/rules/rule-set-ids'
import { t } from '../i18n'
import { useSettingsStore } from '../storage/settings-store'

/** 规则版本 in the header: current (default) or the guide word for word; remembered in this browser. */
export function RuleSetSwitch() {
  const ruleSetId = useSettingsStore((s) => s.ruleSetId)
  const setRuleSetId = useSettingsStore((s) => s.setRuleSetId)
  return (
    <div className="rule-set-switch">
      <label htmlFor="rule-set-switch" className="rule-set-switch__label">
        {t('rules.ruleSet.label')}
      </label>
      <select
        id="rule-set-switch"
        className="rule-set-switch__select"
        value={ruleSetId}
        onChange={(event) => {
          if (isRuleSetId(event.target.value)) setRuleSetId(event.target.value)
        }}
      >
        {ruleSetIds.map((id) => (
          <option key={id} value={id}>
            {t(`rules.ruleSet.${id}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
