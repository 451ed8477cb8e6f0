import { maskIdCard, maskMobile } from '../../domain'
import { identityHash } from '../../platform/identity-hash'
import type { LedgerRecord, TableName } from '../../storage/ledger'
import { askedFields } from './form-fields'
import type { FormValues } from './form-schema'

/** What the form shows for a record (or for a new one). Admins' numbers are never shown: only masked. */
export function toFormValues(table: TableName, record: LedgerRecord | undefined, today: string): FormValues {
  const stored = (record ?? {}) as Record<string, unknown>
  const defaults: Record<string, FormValue> = { createdOn: today, linkedOn: today, status: 'registered' }
  return Object.fromEntries(
    askedFields(table).map((spec) => {
      const value = stored[spec.name] ?? defaults[spec.name]
      if (spec.check === 'flag') return [spec.name, value === true]
      if (spec.check === 'flags') return [spec.name, Array.isArray(value) ? value.map(String) : []]
      if (spec.check === 'idCard' || spec.check === 'mobile') return [spec.name, '']
      if (spec.check === 'choice' && value === undefined && !spec.optional)
        return [spec.name, spec.options?.[0] ?? '']
      return [spec.name, value === undefined ? '' : String(value)]
    }),
  )
}

type FormValue = FormValues[string]

/**
 * The record's new fields from the checked form values (zod's output), over the stored record. For an
 * admin the numbers typed become masked numbers and keyed hashes; blank keeps the stored ones.
 */
export async function toDraft(
  table: TableName,
  parsed: Record<string, unknown>,
  record: LedgerRecord | undefined,
): Promise<Record<string, unknown>> {
  const draft: Record<string, unknown> = { ...(record ?? {}) }
  for (const spec of askedFields(table)) draft[spec.name] = parsed[spec.name]
  if (table === 'emails' && !record) draft.use = 'other'
  if (table === 'admins') {
    delete draft.idCardNumber
    delete draft.mobile
    const idCard = parsed.idCardNumber as string | undefined
    const mobile = parsed.mobile as string | undefined
    if (idCard)
      Object.assign(draft, {
        idCardMasked: maskIdCard(idCard),
        idCardHash: await identityHash('id-card', idCard),
      })
    if (mobile)
      Object.assign(draft, {
        mobileMasked: maskMobile(mobile),
        mobileHash: await identityHash('mobile', mobile),
      })
  }
  return draft
}
