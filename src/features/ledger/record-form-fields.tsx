import type { UseFormReturn } from 'react-hook-form'
import { fieldHint, type RuleSet } from '../../domain'
import { t } from '../../i18n'
import type { TableName } from '../../storage/ledger'
import { CheckboxField } from '../../ui/form/checkbox-field'
import { ChoiceGroup } from '../../ui/form/choice-group'
import { TextAreaField, TextField } from '../../ui/form/text-field'
import { choiceLabel, fieldLabel } from './field-words'
import { fieldId, askedFields, type FieldSpec } from './form-fields'
import type { FormValues } from './form-schema'
import { SelectField, type SelectOption } from '../../ui/form/select-field'

/** The domain's hint for fields the wizard asks too (same words, same numbers). */
const domainHints = {
  email: 'email',
  creditCode: 'creditCode',
  appId: 'appId',
  miniProgramName: 'miniProgramName',
  adminName: 'adminName',
  idCard: 'idCardNumber',
  mobile: 'mobile',
} as const

interface RecordFormFieldsProps {
  table: TableName
  form: UseFormReturn<FormValues>
  ruleSet: RuleSet
  editing: boolean
  /** The records each reference field can point at. */
  options: Partial<Record<TableName, readonly SelectOption[]>>
}

function hintOf(spec: FieldSpec, ruleSet: RuleSet, editing: boolean): string | undefined {
  if (editing && spec.check === 'idCard') return t('ledger.ui.form.idCardKeep')
  if (editing && spec.check === 'mobile') return t('ledger.ui.form.mobileKeep')
  if (spec.name === 'kind') return t('ledger.ui.form.kindHint')
  const domain = domainHints[spec.check as keyof typeof domainHints]
  return domain ? fieldHint(domain, ruleSet) : undefined
}

/** Every field of a table's form, each with its label, hint and inline error. */
export function RecordFormFields({ table, form, ruleSet, editing, options }: RecordFormFieldsProps) {
  const errors = form.formState.errors
  return askedFields(table).map((spec) => {
    const id = fieldId(spec.name)
    const label = fieldLabel(table, spec)
    const error = errors[spec.name]?.message
    const hint = hintOf(spec, ruleSet, editing)
    const registered = form.register(spec.name)
    const optional = spec.optional || (editing && (spec.check === 'idCard' || spec.check === 'mobile'))
    switch (spec.check) {
      case 'longText':
        return <TextAreaField key={spec.name} id={id} label={label} error={error} {...registered} />
      case 'flag':
        return <CheckboxField key={spec.name} id={id} label={label} error={error} {...registered} />
      case 'choice':
      case 'flags': {
        const choices = (spec.options ?? []).map((value) => ({ value, label: choiceLabel(spec, value) }))
        if (spec.optional && spec.check === 'choice')
          choices.unshift({ value: '', label: t('ledger.ui.form.none') })
        return (
          <ChoiceGroup
            key={spec.name}
            id={id}
            legend={label}
            hint={hint}
            error={error}
            type={spec.check === 'flags' ? 'checkbox' : 'radio'}
            choices={choices}
            inputProps={registered}
            inline={choices.length <= 3}
          />
        )
      }
      case 'ref':
        return (
          <SelectField
            key={spec.name}
            id={id}
            label={label}
            hint={hint}
            error={error}
            options={options[spec.ref!] ?? []}
            optional={spec.optional}
            placeholder={t(spec.optional ? 'ledger.ui.form.none' : 'form.choose')}
            {...registered}
          />
        )
      default:
        return (
          <TextField
            key={spec.name}
            id={id}
            label={label}
            hint={hint}
            error={error}
            optional={optional}
            type={spec.check === 'date' ? 'date' : spec.check === 'email' ? 'email' : 'text'}
            inputMode={spec.check === 'amount' ? 'decimal' : undefined}
            autoComplete="off"
            width={spec.check === 'amount' ? 'short' : spec.check === 'date' ? 'medium' : 'long'}
            {...registered}
          />
        )
    }
  })
}
