import { useId, useState } from 'react'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { SelectField } from '../../../ui/form/select-field'
import '../../../i18n/wizard-messages'

interface LedgerPickProps<T extends { id: string; name: string }> {
  label: string
  hint: string
  /** The ledger's records to offer; nothing is shown while they load, or when there are none. */
  items: readonly T[] | null
  optionLabel: (item: T) => string
  /** Fills the form from the chosen record. */
  onPick: (item: T) => void | Promise<void>
}

/**
 * 从台账选择: a record of the ledger picked instead of typed again. 填入 fills the form below; the user
 * checks it and goes on with 下一步 as usual, so the step's own schema and quota checks still apply.
 */
export function LedgerPick<T extends { id: string; name: string }>(props: LedgerPickProps<T>) {
  const id = useId()
  const [chosen, setChosen] = useState('')
  const [filled, setFilled] = useState<string | null>(null)
  if (!props.items || props.items.length === 0) return null
  const items = props.items
  const fill = async () => {
    const item = items.find((candidate) => candidate.id === chosen)
    if (!item) return
    await props.onPick(item)
    setFilled(item.name)
  }
  return (
    <div className="ledger-pick">
      <SelectField
        id={`${id}-select`}
        label={props.label}
        hint={props.hint}
        placeholder={t('wizard.ledgerPick.none')}
        options={items.map((item) => ({ value: item.id, label: props.optionLabel(item) }))}
        value={chosen}
        onChange={(event) => {
          setChosen(event.target.value)
          setFilled(null)
        }}
      />
      <Button variant="secondary" onClick={() => void fill()} disabled={chosen === ''}>
        {t('wizard.ledgerPick.fill')}
      </Button>
      <p role="status" className="ledger-pick__status">
        {filled ? t('wizard.ledgerPick.filled', { name: filled }) : ''}
      </p>
    </div>
  )
}
