import { t } from '../../i18n'
import { TextField } from '../../ui/form/text-field'
import { SearchPanel } from '../../ui/search-panel'
import './messages'

interface FaqSearchProps {
  query: string
  onChange: (query: string) => void
  refusals: number
  questions: number
}

/** One box for both: a few words of a question, or a refusal message pasted whole. */
export function FaqSearch({ query, onChange, refusals, questions }: FaqSearchProps) {
  return (
    <SearchPanel
      id="faq-search"
      heading={t('faq.search.heading')}
      clearLabel={t('faq.search.clear')}
      onClear={() => onChange('')}
      status={
        refusals + questions === 0 ? t('faq.search.none') : t('faq.search.count', { refusals, questions })
      }
    >
      <TextField
        id="faq-search"
        type="search"
        label={t('faq.search.label')}
        hint={t('faq.search.hint')}
        value={query}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
      />
    </SearchPanel>
  )
}
