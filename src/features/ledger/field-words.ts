import { t } from '../../i18n'
import { fieldName, type TableName } from '../../storage/ledger'
import type { FieldSpec } from './form-fields'

export function fieldLabel(table: TableName, spec: FieldSpec): string {
  return fieldName(table, spec.name)
}

/** The Chinese word for one value of a choice field. */
export function choiceLabel(spec: FieldSpec, value: string): string {
  switch (spec.words) {
    case 'subjectType':
      return t(`terms.subjectType.${value}` as 'terms.subjectType.enterprise')
    case 'accountType':
      return t(`terms.accountType.${value}` as 'terms.accountType.service')
    case 'path':
      return t(`terms.path.${value}` as 'terms.path.reuse')
    case undefined:
      return value
    default:
      return t(`ledger.values.${spec.words}.${value}` as 'ledger.values.yes')
  }
}
