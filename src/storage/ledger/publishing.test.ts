// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import { exportLedger } from './export-file'
import { parseLedgerFile } from './import-parse'
import { publishingRecord, publishSubjectOf, savePublishing, savePublishingAsRecord } from './publishing'
import { reminders } from './reminders'
import { add, enterpriseMiniProgram, freshDb, miniProgramDraft } from './test-support'

const current = ruleSets.current

async function enterpriseProgram() {
  const db = freshDb()
  const { subject, miniProgram: mp } = await enterpriseMiniProgram(db)
  return { db, subject, mp }
}

describe('a mini program’s 发布清单 in the ledger', () => {
  it('knows the subject from the ledger subject, and saves progress with the record, versioned', async () => {
    const { db, mp } = await enterpriseProgram()
    const record = (await publishingRecord(db, { id: mp.id }))!
    expect(publishSubjectOf(record)).toEqual({
      subjectType: 'enterprise',
      path: 'standalone',
      verifiedByTransfer: false,
      certStatus: 'none',
    })
    const saved = await savePublishing(
      db,
      mp.id,
      { tasks: { 'dev-tools': { status: 'done' } } },
      mp.version,
      current,
    )
    expect(saved.ok).toBe(true)
    expect((await db.miniPrograms.get(mp.id))?.publishing).toEqual({
      tasks: { 'dev-tools': { status: 'done' } },
    })
    // A save against the version read before is refused: nothing is overwritten.
    const stale = await savePublishing(db, mp.id, { tasks: {} }, mp.version, current)
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' })
    expect((await db.miniPrograms.get(mp.id))?.publishing?.tasks['dev-tools']).toEqual({ status: 'done' })
  })

  it('certification approved marks the record certified with its expiry, which 到期提醒 then lists', async () => {
    const { db, mp } = await enterpriseProgram()
    const progress = {
      tasks: { certification: { status: 'done' as const, on: '2026-01-10' } },
      certification: { approvedOn: '2026-01-10' },
    }
    const saved = await savePublishing(db, mp.id, progress, mp.version, current)
    expect(saved.ok && saved.record).toMatchObject({ certStatus: 'certified', certExpiry: '2027-01-10' })
    const list = await reminders(db, '2026-11-30', current)
    expect(list).toContainEqual(
      expect.objectContaining({ kind: 'mini-program-cert', date: '2027-01-10', name: '甲商城' }),
    )
  })

  it('refuses progress that is not valid, and an AppID another record holds', async () => {
    const { db, mp } = await enterpriseProgram()
    const bad = await savePublishing(
      db,
      mp.id,
      { tasks: {}, releasedOn: 'tomorrow' } as never,
      mp.version,
      current,
    )
    expect(bad).toMatchObject({ ok: false, reason: 'invalid' })
    await add(db, 'miniPrograms', miniProgramDraft('other@example.com', { appId: 'wx0123456789abcdef' }))
    const taken = await savePublishing(db, mp.id, { tasks: {} }, mp.version, current, {
      appId: 'wx0123456789abcdef',
    })
    expect(taken).toMatchObject({ ok: false, reason: 'duplicate', field: 'appId' })
    const ok = await savePublishing(db, mp.id, { tasks: {} }, mp.version, current, {
      appId: 'wxfedcba9876543210',
    })
    expect(ok.ok && ok.record.appId).toBe('wxfedcba9876543210')
  })

  it('a blank checklist saved as a record keeps its progress and its subject type; the email stays unique', async () => {
    const db = freshDb()
    const progress = {
      about: { subjectType: 'individual' as const, path: 'standalone' as const, verifiedByTransfer: false },
      tasks: { profile: { status: 'done' as const } },
    }
    const saved = await savePublishingAsRecord(
      db,
      { email: 'me@example.com', createdOn: '2026-12-01' },
      progress,
      current,
    )
    expect(saved.ok).toBe(true)
    const record = (await publishingRecord(db, { id: saved.ok ? saved.record.id : '' }))!
    expect(publishSubjectOf(record)?.subjectType).toBe('individual')
    expect(record.miniProgram).toMatchObject({ status: 'registered', publishing: progress })
    const again = await savePublishingAsRecord(
      db,
      { email: 'me@example.com', createdOn: '2026-12-01' },
      progress,
      current,
    )
    expect(again).toMatchObject({ ok: false, reason: 'duplicate', field: 'email' })
  })

  it('export and import carry the progress; a file with bad progress is refused', async () => {
    const { db, mp } = await enterpriseProgram()
    await savePublishing(db, mp.id, { tasks: {}, releasedOn: '2026-11-30' }, mp.version, current)
    const text = await exportLedger(db, { includeKey: false })
    const parsed = parseLedgerFile(text, text.length)
    expect(parsed.ok && parsed.file.tables.miniPrograms[0]?.publishing).toEqual({
      tasks: {},
      releasedOn: '2026-11-30',
    })
    const tampered = text.replace('"releasedOn": "2026-11-30"', '"releasedOn": "2026-13-30"')
    expect(tampered).not.toBe(text)
    expect(parseLedgerFile(tampered, tampered.length).ok).toBe(false)
  })
})
