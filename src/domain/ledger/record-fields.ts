import { z } from 'zod'
import { isLocalDate } from '../dates'
import { schemas } from '../fields/field-schemas'
import { identityFormats } from '../identity'
import { t } from '../../i18n'

// The building blocks of the ledger's record schemas. Field values that a user types are checked by the
// domain's own field schemas (the same rules and the same Chinese messages as the wizard).

export const recordId = z
  .string()
  .trim()
  .min(1, { error: () => t('form.required') })
  .max(100, { error: () => t('ledger.errors.id', { max: 100 }) })

export const localDate = z.string().refine(isLocalDate, { error: () => t('ledger.errors.date') })

export const isoTimestamp = z.iso.datetime({ error: () => t('ledger.errors.timestamp') })

export const requiredText = (max = 100) =>
  z
    .string({ error: () => t('form.required') })
    .trim()
    .min(1, { error: () => t('form.required') })
    .max(max, { error: () => t('ledger.errors.tooLong', { max }) })

export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, { error: () => t('ledger.errors.tooLong', { max }) })
    .optional()

/** A keyed hash (HMAC-SHA-256 as hex) of an ID card or mobile number. */
export const identityHash = z
  .string()
  .regex(identityFormats.keyedHash, { error: () => t('ledger.errors.hash') })

/** Masked numbers: only the first 3 and last 4 characters kept. Never a full number. */
export const maskedIdCard = z
  .string()
  .regex(identityFormats.maskedIdCard, { error: () => t('ledger.errors.masked') })
export const maskedMobile = z
  .string()
  .regex(identityFormats.maskedMobile, { error: () => t('ledger.errors.masked') })

export const email = schemas.email
export const creditCode = schemas.creditCode
export const appId = schemas.appId
// A name the platform already took: its characters are not judged again (MP_NAME's character rule is for a name
// being chosen, in the wizard).
export const miniProgramName = schemas.registeredMiniProgramName

/** What every record carries: its id, when it was made and last changed, and a version for safe saves. */
export const recordMeta = {
  id: recordId,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  version: z
    .number({ error: () => t('ledger.errors.version') })
    .int({ error: () => t('ledger.errors.version') })
    .min(1, { error: () => t('ledger.errors.version') }),
}
