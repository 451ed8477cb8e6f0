// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { requireRuleValue, ruleSets } from '../../domain'
import { tableNames, type LedgerCommand, type LedgerRecord, type TableName } from '../../domain/ledger'
import { todayInChina } from '../../platform/clock'
import { setTeamModeForTests } from '../../platform/team-mode'
import { saveCheckedRecord } from './checked-save'
import type { LedgerDatabase } from './db'
import { applyInCache, unconfirmedKeys } from './outbox'
import { rejectedCommands, syncTeamLedger } from './team-sync'
import { adminDraft, freshDb, miniProgramDraft } from './test-support'

// 团队模式 against a stand-in team server: its ledger is a Dexie database of its own, written by the same command
// code, with a revision per change, as the real server keeps them (server/ledger/*.test.ts test that one).
const rules = { ruleSet: ruleSets.current, today: todayInChina() }
const { limit } = requireRuleValue(ruleSets.current, 'ID_CARD_LIMIT')

class FakeServer {
  readonly db = freshDb()
  online = true
  revision = 0
  private known = new Map<
    string,
    { table: TableName; id: string; json: string; revision: number; record: LedgerRecord | null }
  >()
  private answered = new Map<string, unknown>()

  /** Another operator's write, straight on the server. */
  async write(command: LedgerCommand) {
    const outcome = await applyInCache(this.db, command, { ruleSetId: 'current', today: rules.today }, false)
    if (outcome.ok) await this.stamp()
    return outcome
  }

  private async stamp() {
    this.revision += 1
    const changes = []
    const seen = new Set<string>()
    for (const table of tableNames) {
      for (const record of (await this.db.table(table).toArray()) as LedgerRecord[]) {
        const key = `${table}/${record.id}`
        seen.add(key)
        const json = JSON.stringify(record)
        if (this.known.get(key)?.json === json) continue
        this.known.set(key, { table, id: record.id, json, revision: this.revision, record })
        changes.push({ table, id: record.id, record })
      }
    }
    for (const [key, entry] of this.known) {
      if (seen.has(key) || entry.record === null) continue
      this.known.set(key, { ...entry, json: '', record: null, revision: this.revision })
      changes.push({ table: entry.table, id: entry.id, record: null })
    }
    return changes
  }

  fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    if (!this.online) throw new TypeError('Failed to fetch')
    const json = (body: unknown) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
    if (url.startsWith('/api/ledger/commands')) {
      const command = JSON.parse(String(init?.body)) as LedgerCommand
      if (this.answered.has(command.id)) return json(this.answered.get(command.id))
      const outcome = await applyInCache(
        this.db,
        command,
        { ruleSetId: 'current', today: rules.today },
        false,
      )
      const answer = outcome.ok
        ? { ok: true, revision: this.revision + 1, changes: await this.stamp(), findings: outcome.findings }
        : outcome
      this.answered.set(command.id, answer)
      return json(answer)
    }
    const since = Number(new URL(url, 'http://x').searchParams.get('since'))
    const changes = [...this.known.values()]
      .filter((entry) => entry.revision > since)
      .map(({ table, id, record }) => ({ table, id, record }))
    return json({ ok: true, revision: this.revision, more: false, changes })
  }
}

let server: FakeServer
let cache: LedgerDatabase

beforeEach(() => {
  setTeamModeForTests({
    teamId: '00000000-0000-4000-8000-000000000001',
    teamName: '示例团队',
    email: 'a@example.com',
    role: 'operator',
  })
  server = new FakeServer()
  cache = freshDb()
  vi.stubGlobal('fetch', server.fetch)
})
afterEach(() => {
  setTeamModeForTests(null)
  vi.unstubAllGlobals()
})

const admin = adminDraft('team')

describe('the team ledger in this browser', () => {
  it('sends a save at once when the server answers: the same record, with the same id, on both sides', async () => {
    const saved = await saveCheckedRecord(cache, 'clients', { name: '示例客户' }, null, rules)
    expect(saved).toMatchObject({ ok: true, record: { name: '示例客户', version: 1 } })
    expect(saved).not.toHaveProperty('unconfirmed')
    const id = saved.ok ? saved.record.id : ''
    expect(await server.db.clients.get(id)).toMatchObject({ name: '示例客户' })
    expect(await cache.outbox.count()).toBe(0)
  })

  it('keeps an offline save as 未确认 and sends it when the server answers again', async () => {
    server.online = false
    const saved = await saveCheckedRecord(cache, 'clients', { name: '离线客户' }, null, rules)
    expect(saved).toMatchObject({ ok: true, unconfirmed: true })
    const id = saved.ok ? saved.record.id : ''
    expect(await cache.clients.get(id)).toMatchObject({ name: '离线客户' })
    expect(await unconfirmedKeys(cache)).toEqual(new Set([`clients/${id}`]))
    expect(await syncTeamLedger(cache)).toBe('offline')

    server.online = true
    expect(await syncTeamLedger(cache)).toBe('synced')
    expect(await unconfirmedKeys(cache)).toEqual(new Set())
    expect(await server.db.clients.get(id)).toMatchObject({ name: '离线客户' })
  })

  it("brings other operators' records in, keeping this browser's pending change on top", async () => {
    await server.write({
      kind: 'save',
      id: 'other-operator-1',
      table: 'clients',
      record: { name: '别人的客户' },
      expectedVersion: null,
    })
    server.online = false
    const mine = await saveCheckedRecord(cache, 'clients', { name: '我的客户' }, null, rules)
    server.online = true
    await server.write({
      kind: 'save',
      id: 'other-operator-2',
      table: 'clients',
      record: { name: '又一个' },
      expectedVersion: null,
    })
    // The sync sends the pending save, then pulls: both operators' records are there, and the server has mine.
    expect(await syncTeamLedger(cache)).toBe('synced')
    const names = (await cache.clients.toArray()).map((c) => c.name).sort()
    expect(names).toEqual(['又一个', '别人的客户', '我的客户'].sort())
    expect(mine.ok && (await server.db.clients.get(mine.record.id))).toMatchObject({ name: '我的客户' })
  })

  it('lists an offline save the server refused under 同步被拒, with the quota that refused it, and takes it back', async () => {
    // Both operators know the admin; the cache has limit - 1 of its mini programs.
    const adminRecord = await server.write({
      kind: 'save',
      id: 'admin-cmd-1',
      table: 'admins',
      record: { ...admin, id: 'admin-1' },
      expectedVersion: null,
    })
    expect(adminRecord.ok).toBe(true)
    for (let n = 1; n < limit; n += 1) {
      await server.write({
        kind: 'save',
        id: `mp-cmd-${n}`,
        table: 'miniPrograms',
        record: miniProgramDraft(`m${n}@example.com`, { adminId: 'admin-1' }),
        expectedVersion: null,
      })
    }
    await syncTeamLedger(cache)
    expect(await cache.miniPrograms.count()).toBe(limit - 1)

    // Offline, this operator records the last one; meanwhile another operator takes the last room.
    server.online = false
    const offline = await saveCheckedRecord(
      cache,
      'miniPrograms',
      miniProgramDraft('mine@example.com', { adminId: 'admin-1' }),
      null,
      rules,
    )
    expect(offline).toMatchObject({ ok: true, unconfirmed: true })
    await server.write({
      kind: 'save',
      id: 'mp-cmd-last',
      table: 'miniPrograms',
      record: miniProgramDraft('theirs@example.com', { adminId: 'admin-1' }),
      expectedVersion: null,
    })

    server.online = true
    expect(await syncTeamLedger(cache)).toBe('synced')
    const [rejected] = await rejectedCommands(cache)
    expect(rejected).toMatchObject({ refusal: { ok: false, reason: 'quota' } })
    expect(rejected!.refusal.findings.map((f) => f.ruleId)).toContain('ID_CARD_LIMIT')
    const emails = (await cache.miniPrograms.toArray()).map((mp) => mp.email)
    expect(emails).toContain('theirs@example.com')
    expect(emails).not.toContain('mine@example.com')
    expect(await cache.outbox.count()).toBe(0)
  })

  it('answers a refusal at once when the server is reachable, without listing it under 同步被拒', async () => {
    await server.write({
      kind: 'save',
      id: 'taken-1',
      table: 'miniPrograms',
      record: miniProgramDraft('taken@example.com'),
      expectedVersion: null,
    })
    // The cache has not pulled yet: the check here passes, the server refuses.
    const result = await saveCheckedRecord(
      cache,
      'miniPrograms',
      miniProgramDraft('taken@example.com'),
      null,
      rules,
    )
    expect(result).toMatchObject({ ok: false, reason: 'duplicate', field: 'email' })
    expect(await rejectedCommands(cache)).toEqual([])
    // This browser's attempt is taken back; the record that holds the email is the other operator's, pulled in.
    const held = await cache.miniPrograms.toArray()
    expect(held.map((mp) => [mp.email, mp.id])).toEqual([['taken@example.com', 'taken-1.1']])
  })
})
