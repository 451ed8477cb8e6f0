import { storageName } from '../platform/demo-mode'
import { publishProgressSchema, type PublishProgress } from '../domain'

// The blank 发布清单's progress, kept in this browser until it is saved as a ledger record. Read through its zod
// schema: data that does not parse (edited by hand, or from a newer version) is set aside, never half-read.

export const publishDraftKey = 'mp-wizard.publish-draft'
/** Where the draft is kept in the mode this page runs in (演示模式 keeps its own). */
const draftKey = () => storageName(publishDraftKey)

interface Envelope {
  version: 1
  progress: PublishProgress
}

export type DraftRead = { ok: true; progress: PublishProgress } | { ok: false; reason: 'unreadable' }

export function readPublishDraft(storage?: Storage): DraftRead {
  let raw: string | null
  try {
    storage ??= localStorage
    raw = storage.getItem(draftKey())
  } catch {
    // Storage blocked (a private window, a policy): nothing was kept, the checklist starts empty.
    return { ok: true, progress: { tasks: {} } }
  }
  if (raw === null) return { ok: true, progress: { tasks: {} } }
  try {
    const envelope = JSON.parse(raw) as Partial<Envelope> | null
    const parsed = envelope?.version === 1 ? publishProgressSchema.safeParse(envelope.progress) : null
    if (parsed?.success) return { ok: true, progress: parsed.data }
  } catch {
    // Not JSON: set aside below.
  }
  try {
    storage.setItem(`${draftKey()}.unreadable`, raw)
    storage.removeItem(draftKey())
  } catch {
    // Storage full: the unreadable text stays where it was, and the next save replaces it.
  }
  return { ok: false, reason: 'unreadable' }
}

/** Keeps the progress; false when this browser refuses to store it (blocked, or full). */
export function writePublishDraft(progress: PublishProgress, storage?: Storage): boolean {
  const envelope: Envelope = { version: 1, progress }
  try {
    ;(storage ?? localStorage).setItem(draftKey(), JSON.stringify(envelope))
    return true
  } catch {
    return false
  }
}

export function clearPublishDraft(storage?: Storage): void {
  try {
    ;(storage ?? localStorage).removeItem(draftKey())
  } catch {
    // Nothing was kept.
  }
}
