import { describe, expect, it } from 'vitest'
import { memoryStorage } from './ledger/test-support'
import { publishDraftKey, readPublishDraft, writePublishDraft } from './publish-draft'

// The blank 发布清单's progress in this browser: read through its schema, never half-read, never a crash.

const blocked = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError')
  },
  removeItem: () => undefined,
} as unknown as Storage

describe('the blank checklist’s draft', () => {
  it('is kept and read back', () => {
    const storage = memoryStorage()
    expect(writePublishDraft({ tasks: { 'dev-tools': { status: 'done' } } }, storage)).toBe(true)
    expect(readPublishDraft(storage)).toEqual({
      ok: true,
      progress: { tasks: { 'dev-tools': { status: 'done' } } },
    })
  })

  it('sets aside what does not parse, and starts empty', () => {
    const storage = memoryStorage()
    storage.setItem(publishDraftKey, '{"version":1,"progress":{"tasks":{"upload":{"status":"blocked"}}}}')
    expect(readPublishDraft(storage)).toEqual({ ok: false, reason: 'unreadable' })
    expect(storage.getItem(publishDraftKey)).toBeNull()
    expect(storage.getItem(`${publishDraftKey}.unreadable`)).toContain('blocked')
    storage.setItem(publishDraftKey, 'not json')
    expect(readPublishDraft(storage).ok).toBe(false)
  })

  it('in a browser that refuses storage: starts empty, and says a write did not happen', () => {
    expect(readPublishDraft(blocked)).toEqual({ ok: true, progress: { tasks: {} } })
    expect(writePublishDraft({ tasks: {} }, blocked)).toBe(false)
  })
})
