import {
  certificationExpiry,
  certificationResult,
  publishProgressSchema,
  type LocalDate,
  type PublishProgress,
  type PublishSubject,
  type RuleSet,
} from '../../domain'
import type { LedgerDatabase } from './db'
import type { MiniProgram, Subject } from '../../domain/ledger'
import { todayInChina } from '../../platform/clock'
import { saveCheckedRecord } from './checked-save'
import type { SaveResult } from './save'
import type { Draft } from './stamp'

// 发布清单 in the ledger: a mini program's publishing progress is kept with its record (schema version 3), so
// export, import, backup and deletion carry it as they carry the rest of the record.

/** A mini program with what its checklist needs: the record, and its subject when it has one. */
export interface PublishingRecord {
  miniProgram: MiniProgram
  subject?: Subject
}

/**
 * The mini program with this id, or the one the wizard's registration `caseId` recorded, and its subject;
 * `undefined` when there is no such record.
 */
export async function publishingRecord(
  db: LedgerDatabase,
  key: { id: string } | { caseId: string },
): Promise<PublishingRecord | undefined> {
  return db.transaction('r', ['miniPrograms', 'subjects'], async () => {
    const miniProgram =
      'id' in key
        ? await db.miniPrograms.get(key.id)
        : await db.miniPrograms.where('caseId').equals(key.caseId).first()
    if (!miniProgram) return undefined
    const subject = miniProgram.subjectId ? await db.subjects.get(miniProgram.subjectId) : undefined
    return { miniProgram, ...(subject ? { subject } : {}) }
  })
}

/**
 * What the checklist knows of the mini program: the subject's type from its ledger subject (else what the
 * checklist recorded), its path, and whether it was verified by a small transfer (it has a transfer deadline).
 * `null` when the subject type is known from neither: the page asks for it.
 */
export function publishSubjectOf(record: PublishingRecord): PublishSubject | null {
  const { miniProgram, subject } = record
  const subjectType = subject?.type ?? miniProgram.publishing?.about?.subjectType
  if (!subjectType) return null
  return {
    subjectType,
    path: miniProgram.path,
    verifiedByTransfer:
      miniProgram.transferDeadline !== undefined ||
      miniProgram.publishing?.about?.verifiedByTransfer === true,
    certStatus: miniProgram.certStatus,
  }
}

/** The record's fields the checklist's progress decides: certification approved sets its status and expiry. */
function derivedFields(ruleSet: RuleSet, progress: PublishProgress): Partial<MiniProgram> {
  const approvedOn: LocalDate | undefined = progress.certification?.approvedOn
  const result = certificationResult(progress)
  if (progress.tasks.certification?.status === 'done' || result === 'approved') {
    const expiry = approvedOn ? certificationExpiry(ruleSet, approvedOn) : null
    return { certStatus: 'certified', ...(expiry ? { certExpiry: expiry } : {}) }
  }
  if (result === 'pending' || result === 'awaiting-material') return { certStatus: 'pending' }
  if (result === 'rejected') return { certStatus: 'failed' }
  return {}
}

/**
 * Saves mini program `id`'s progress, refused (nothing written) when the record changed since `expectedVersion`
 * was read or the progress is not valid. Certification recorded as approved also marks the record certified,
 * with its expiry (CERT_VALIDITY), so 到期提醒 and its calendar file remind of the annual review.
 */
export async function savePublishing(
  db: LedgerDatabase,
  id: string,
  progress: PublishProgress,
  expectedVersion: number,
  ruleSet: RuleSet,
  /**
   * The AppID recorded on 开发设置 (APPID) and the name on 小程序信息 (MP_NAME): kept on the record, where the ledger
   * shows them; '' clears the AppID.
   */
  recordFields: { appId?: string; name?: string } = {},
): Promise<SaveResult<'miniPrograms'>> {
  const parsed = publishProgressSchema.safeParse(progress)
  if (!parsed.success) return { ok: false, reason: 'invalid', issues: parsed.error.issues }
  const current = await db.miniPrograms.get(id)
  if (!current) return { ok: false, reason: 'conflict', current: undefined }
  const { createdAt: _c, updatedAt: _u, version: _v, ...fields } = current
  const draft: Draft<MiniProgram> = {
    ...fields,
    ...derivedFields(ruleSet, parsed.data),
    ...(recordFields.appId !== undefined
      ? { appId: recordFields.appId === '' ? undefined : recordFields.appId }
      : {}),
    ...(recordFields.name ? { name: recordFields.name } : {}),
    publishing: parsed.data,
  }
  return save(db, draft, expectedVersion, ruleSet)
}

/** A checked save (no quota changes here: the record keeps its admin and subject). */
async function save(
  db: LedgerDatabase,
  draft: Draft<MiniProgram>,
  expectedVersion: number | null,
  ruleSet: RuleSet,
): Promise<SaveResult<'miniPrograms'> & { unconfirmed?: true }> {
  const result = await saveCheckedRecord(db, 'miniPrograms', draft, expectedVersion, {
    ruleSet,
    today: todayInChina(),
  })
  if (result.ok)
    return result.unconfirmed
      ? { ok: true, record: result.record, unconfirmed: true }
      : { ok: true, record: result.record }
  if (result.reason === 'quota' || result.reason === 'role')
    return { ok: false, reason: 'invalid', issues: [] }
  const { findings: _findings, ...failure } = result
  return failure
}

/**
 * A blank checklist saved as a ledger record: a registered mini program with this email (unique, EMAIL_UNIQUE),
 * its name and AppID where known, and the progress so far.
 */
export async function savePublishingAsRecord(
  db: LedgerDatabase,
  fields: { email: string; name?: string; appId?: string; createdOn: LocalDate },
  progress: PublishProgress,
  ruleSet: RuleSet,
): Promise<SaveResult<'miniPrograms'>> {
  const parsed = publishProgressSchema.safeParse(progress)
  if (!parsed.success) return { ok: false, reason: 'invalid', issues: parsed.error.issues }
  const about = parsed.data.about
  const base: Draft<MiniProgram> = {
    email: fields.email,
    ...(fields.name ? { name: fields.name } : {}),
    ...(fields.appId ? { appId: fields.appId } : {}),
    path: about?.path ?? 'standalone',
    status: 'registered',
    certStatus: 'none',
    createdOn: fields.createdOn,
    waitingOn: [],
    publishing: parsed.data,
  }
  const draft = { ...base, ...derivedFields(ruleSet, parsed.data) }
  return save(db, draft, null, ruleSet)
}
