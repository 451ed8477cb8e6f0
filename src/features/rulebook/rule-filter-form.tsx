import { ruleTopics, type RuleTopic } from '../../domain'
import { t } from '../../i18n'
import { CheckboxField } from '../../ui/form/checkbox-field'
import { TextField } from '../../ui/form/text-field'
import { SearchPanel } from '../../ui/search-panel'
import { noFilter, type RuleFilter, type TopicFilter } from './rule-search'
import './messages'

interface RuleFilterFormProps {
  filter: RuleFilter
  onChange: (filter: RuleFilter) => void
  shown: number
  total: number
}

const topics = Object.keys(ruleTopics) as RuleTopic[]

/** 查找规则: text and topic; the list below follows as one types, and the count is announced politely. */
export function RuleFilterForm({ filter, onChange, shown, total }: RuleFilterFormProps) {
  return (
    <SearchPanel
      id="rule-filter"
      heading={t('rulebook.filter.heading')}
      clearLabel={t('rulebook.filter.clear')}
      onClear={() => onChange(noFilter)}
      status={t('rulebook.filter.count', { shown, total })}
    >
      <TextField
        id="rule-search"
        type="search"
        label={t('rulebook.filter.search')}
        hint={t('rulebook.filter.searchHint')}
        value={filter.query}
        onChange={(event) => onChange({ ...filter, query: event.target.value })}
        autoComplete="off"
        width="medium"
      />
      <div className="field">
        <label htmlFor="rule-topic" className="field__label">
          {t('rulebook.filter.topic')}
        </label>
        <select
          id="rule-topic"
          className="field__input field__input--medium"
          value={filter.topic}
          onChange={(event) => onChange({ ...filter, topic: event.target.value as TopicFilter })}
        >
          <option value="all">{t('rulebook.filter.allTopics')}</option>
          {topics.map((topic) => (
            <option key={topic} value={topic}>
              {t(`rules.topic.${topic}`)}
            </option>
          ))}
        </select>
      </div>
      <CheckboxField
        id="rule-unverified"
        label={t('rulebook.filter.unverifiedOnly')}
        checked={filter.unverifiedOnly ?? false}
        onChange={(event) => onChange({ ...filter, unverifiedOnly: event.target.checked })}
      />
    </SearchPanel>
  )
}
