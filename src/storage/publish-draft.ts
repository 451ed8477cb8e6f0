import { publishProgressSchema, type PublishProgress } from '../domain'

// The blank 发布清单's progress, kept in this browser until it is saved as a ledger record. Read through its zod
// schema: data that does not parse (edited by hand, or from a newer version) is set aside, never half-read.

export const publishDraftKey = 'mp-wizard.publish-draft'

interface Envelope {
  version: 1
  progress: PublishProgress
}

export type DraftRead = { ok: true; progress: PublishProgress } | { ok: false; reason: 'unreadable' }

export function readPublishDraft(storage: Storage = localStorage): DraftRead {
  const raw = storage.getItem(publishDraftKey)
  if (raw === null) return { ok: true, progress: { tasks: {} } }
  try {
    const envelope = JSON.parse(raw) as Partial<Envelope> | null
    const parsed = envelope?.version === 1 ? publishProgressSchema.safeParse(envelope.progress) : null
    if (parsed?.success) return { ok: true, progress: parsed.data }
  } catch {
    // Not JSON: set aside below.
  }
  storage.setItem(`${publishDraftKey}.unreadable`, raw)
  storage.removeItem(publishDraftKey)
  return { ok: false, reason: 'unreadable' }
}

export function writePublishDraft(progress: PublishProgress, storage: Storage = localStorage): void {
  const envelope: Envelope = { version: 1, progress }
  storage.setItem(publishDraftKey, JSON.stringify(envelope))
}

export function clearPublishDraft(storage: Storage = localStorage): void {
  storage.removeItem(publishDraftKey)
}
