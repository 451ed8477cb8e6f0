// The team ledger's writes against a real PostgreSQL: many operators racing for the last room of every team
// quota, replays, version conflicts and the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireRuleValue } from '../../src/domain/rules/rule-set.ts'
import { ruleSets } from '../../src/domain/rules/rule-sets.ts'
import { maskIdCard, maskMobile } from '../../src/domain/identity.ts'
import { freshDatabase, type TestDatabase } from '../test/database.ts'
import {
  added,
  adminRecord,
  fakeHash,
  makeMember,
  makeTeam,
  miniProgramRecord,
  newCommandId,
  ok,
  save,
} from '../test/team-fixtures.ts'
import { runCommand, type Actor, type Command, type CommandResult } from './commands.ts'

// 2026-11-20 noon in Shanghai: the month the monthly caps count is 2026-11.
const now = () => new Date('2026-11-20T04:00:00Z')
const writers = 12
const rounds = 3
const current = ruleSets.current

let db: TestDatabase
beforeAll(async () => {
  db = await freshDatabase({ max: writers + 8 })
})
afterAll(async () => {
  await db?.drop()
})

async function team() {
  const { teamId } = await makeTeam(db.pool)
  const actors: Actor[] = []
  for (let i = 0; i < writers; i += 1) actors.push(await makeMember(db.pool, teamId))
  return { teamId, first: actors[0]!, actors }
}

/** Every operator sends their own command at once. */
function race(actors: readonly Actor[], command: (i: number) => Command): Promise<CommandResult[]> {
  return Promise.all(actors.map((actor, i) => runCommand(db.pool, actor, command(i), now)))
}

async function count(teamId: string, table: string, where = 'true', params: unknown[] = []) {
  const { rows } = await db.pool.query<{ n: number }>(
    `select count(*)::int as n from records where team_id = $1 and tbl = $2 and not deleted and ${where}`,
    [teamId, table, ...params],
  )
  return rows[0]!.n
}

function refusedBy(results: readonly CommandResult[], ruleId: string) {
  const refused = results.filter((result) => !result.ok)
  expect(refused).toHaveLength(results.length - 1)
  for (const result of refused) {
    expect(result).toMatchObject({ ok: false, reason: 'quota' })
    expect(result.findings.map((finding) => finding.ruleId)).toContain(ruleId)
  }
}

describe(`${writers} operators racing for the last room, ${rounds} rounds each`, () => {
  /** Each writer's admin shares the ID card (or the mobile) and has the other number of its own. */
  async function identityRace(ruleId: 'ID_CARD_LIMIT' | 'PHONE_LIMIT') {
    const { limit } = requireRuleValue(current, ruleId)
    for (let round = 0; round < rounds; round += 1) {
      const { teamId, first, actors } = await team()
      const admins: string[] = []
      for (let i = 0; i < writers; i += 1) {
        const numbers =
          ruleId === 'ID_CARD_LIMIT' ? { idCard: 'A', mobile: `m${i}` } : { idCard: `c${i}`, mobile: 'M' }
        admins.push((await added(db.pool, first, save('admins', adminRecord(numbers)))).id)
      }
      for (let i = 0; i < limit! - 1; i += 1) {
        const record = miniProgramRecord(`pre${i}@example.com`, { adminId: admins[0] })
        await added(db.pool, first, save('miniPrograms', record))
      }
      const results = await race(actors, (i) =>
        save('miniPrograms', miniProgramRecord(`race${i}@example.com`, { adminId: admins[i] })),
      )
      expect(ok(results)).toBe(1)
      refusedBy(results, ruleId)
      expect(await count(teamId, 'miniPrograms')).toBe(limit)
    }
  }

  it('ID card: never more mini programs on one admin ID card than ID_CARD_LIMIT', () =>
    identityRace('ID_CARD_LIMIT'))

  it('mobile: never more mini programs on one admin mobile than PHONE_LIMIT', () =>
    identityRace('PHONE_LIMIT'))

  it('subject: never more mini programs for one subject than SUBJECT_TOTAL', async () => {
    const limit = requireRuleValue(current, 'SUBJECT_TOTAL').limitBySubject.individual!
    for (let round = 0; round < rounds; round += 1) {
      const { teamId, first, actors } = await team()
      const subject = await added(db.pool, first, save('subjects', { name: '李四', type: 'individual' }))
      for (let i = 0; i < limit - 1; i += 1) {
        await added(
          db.pool,
          first,
          save('miniPrograms', miniProgramRecord(`pre${i}@example.com`, { subjectId: subject.id })),
        )
      }
      const results = await race(actors, (i) =>
        save('miniPrograms', miniProgramRecord(`race${i}@example.com`, { subjectId: subject.id })),
      )
      expect(ok(results)).toBe(1)
      refusedBy(results, 'SUBJECT_TOTAL')
      expect(await count(teamId, 'miniPrograms')).toBe(limit)
    }
  })

  /** An enterprise with a certified service account, and `n` mini programs of another enterprise. */
  async function accountWithOthers(first: Actor, n: number, whose: 'own' | 'other' = 'other') {
    const own = await added(
      db.pool,
      first,
      save('subjects', { name: '甲公司', type: 'enterprise', creditCode: '91350100M000100Y43' }),
    )
    const other = await added(db.pool, first, save('subjects', { name: '乙公司', type: 'enterprise' }))
    const account = await added(
      db.pool,
      first,
      save('officialAccounts', {
        name: '甲服务号',
        subjectId: own.id,
        accountType: 'service',
        certified: true,
        email: 'oa@example.com',
      }),
    )
    const programs = []
    for (let i = 0; i < n; i += 1) {
      const subjectId = whose === 'other' ? other.id : own.id
      const mp = await added(
        db.pool,
        first,
        save('miniPrograms', miniProgramRecord(`mp${i}@example.com`, { subjectId })),
      )
      programs.push(mp.id)
    }
    return { account, programs }
  }

  it('official account: never more other-subject associations than OA_LINK_OTHER', async () => {
    const { limit } = requireRuleValue(current, 'OA_LINK_OTHER')
    for (let round = 0; round < rounds; round += 1) {
      const { teamId, first, actors } = await team()
      const { account, programs } = await accountWithOthers(first, limit! - 1 + writers)
      const link = (miniProgramId: string) =>
        save('associations', {
          officialAccountId: account.id,
          miniProgramId,
          kind: 'other',
          linkedOn: '2026-10-15',
          byFastRegistration: false,
        })
      for (let i = 0; i < limit! - 1; i += 1) await added(db.pool, first, link(programs[i]!))
      const results = await race(actors, (i) => link(programs[limit! - 1 + i]!))
      expect(ok(results)).toBe(1)
      refusedBy(results, 'OA_LINK_OTHER')
      expect(await count(teamId, 'associations')).toBe(limit)
    }
  })

  it('official account: never more fast registrations in a month than FAST_REG_MONTHLY', async () => {
    const { limit } = requireRuleValue(current, 'FAST_REG_MONTHLY')
    for (let round = 0; round < rounds; round += 1) {
      const { teamId, first, actors } = await team()
      const { account, programs } = await accountWithOthers(first, limit! - 1 + writers, 'own')
      const link = (miniProgramId: string) =>
        save('associations', {
          officialAccountId: account.id,
          miniProgramId,
          kind: 'same',
          linkedOn: '2026-11-03',
          byFastRegistration: true,
        })
      for (let i = 0; i < limit! - 1; i += 1) await added(db.pool, first, link(programs[i]!))
      const results = await race(actors, (i) => link(programs[limit! - 1 + i]!))
      expect(ok(results)).toBe(1)
      refusedBy(results, 'FAST_REG_MONTHLY')
      expect(await count(teamId, 'associations', `data ->> 'month' = '2026-11'`)).toBe(limit)
    }
  })

  it('official account: one fast registration pending at a time (FAST_REG_ONE_AT_A_TIME)', async () => {
    for (let round = 0; round < rounds; round += 1) {
      const { teamId, first, actors } = await team()
      await accountWithOthers(first, 0)
      const results = await race(actors, (i) => ({
        kind: 'in-progress',
        id: newCommandId(),
        entry: {
          caseId: `case-${round}-${i}`,
          path: 'reuse',
          email: `fast${i}@example.com`,
          officialAccountEmail: 'oa@example.com',
          subject: { type: 'enterprise', name: '甲公司', creditCode: '91350100M000100Y43' },
          miniProgramName: `甲公司门店${'甲乙丙丁戊己庚辛壬癸子丑'[i]}`,
        },
      }))
      expect(ok(results)).toBe(1)
      refusedBy(results, 'FAST_REG_ONE_AT_A_TIME')
      expect(await count(teamId, 'miniPrograms', `data ->> 'status' = 'in-progress'`)).toBe(1)
    }
  })

  it('the wizard path: ID card limit holds for registrations in progress too', async () => {
    const { limit } = requireRuleValue(current, 'ID_CARD_LIMIT')
    const { teamId, actors } = await team()
    const admin = (i: number) => ({ ...adminRecord({ idCard: 'W', mobile: `w${i}` }), name: '王五' })
    const entry = (i: number, caseId: string) => ({
      kind: 'in-progress' as const,
      id: newCommandId(),
      entry: { caseId, path: 'standalone' as const, email: `w-${caseId}@example.com`, admin: admin(i) },
    })
    for (let i = 0; i < limit! - 1; i += 1) {
      const result = await runCommand(db.pool, actors[0]!, entry(100 + i, `pre-${i}`), now)
      expect(result.ok).toBe(true)
    }
    const results = await race(actors, (i) => entry(i, `race-${i}`))
    expect(ok(results)).toBe(1)
    refusedBy(results, 'ID_CARD_LIMIT')
    expect(await count(teamId, 'miniPrograms')).toBe(limit)
  })
})

describe('replays, conflicts and the audit log', () => {
  it('a command sent again (even at once) is applied once and answers the same', async () => {
    const { teamId, first } = await team()
    const command = save('clients', { name: '客户甲' })
    const [a, b] = await Promise.all([
      runCommand(db.pool, first, command, now),
      runCommand(db.pool, first, command, now),
    ])
    const again = await runCommand(db.pool, first, command, now)
    expect(await count(teamId, 'clients')).toBe(1)
    expect(a.ok && b.ok && again.ok).toBe(true)
    const { replayed: _a, ...first1 } = a
    const { replayed: _b, ...second } = b
    const { replayed, ...third } = again
    expect(second).toEqual(first1)
    expect(third).toEqual(first1)
    expect(replayed).toBe(true)
  })

  it('a refused command replays its refusal', async () => {
    const { first } = await team()
    const command = save('clients', { name: '' })
    const result = await runCommand(db.pool, first, command, now)
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await runCommand(db.pool, first, command, now)).toMatchObject({
      ok: false,
      reason: 'invalid',
      replayed: true,
    })
  })

  it('two operators editing the same record from the same version: one saves, the other gets a conflict', async () => {
    const { teamId, first, actors } = await team()
    const client = await added(db.pool, first, save('clients', { name: '客户乙' }))
    const results = await race(actors, (i) =>
      save('clients', { id: client.id, name: `客户乙-${i}` }, client.version),
    )
    expect(ok(results)).toBe(1)
    for (const result of results.filter((r) => !r.ok)) expect(result).toMatchObject({ reason: 'conflict' })
    const { rows } = await db.pool.query('select version from records where team_id = $1 and id = $2', [
      teamId,
      client.id,
    ])
    expect(rows[0].version).toBe(2)
  })

  it('revisions follow commit order, and each change is in the audit log with before and after', async () => {
    const { teamId, first } = await team()
    const made = await runCommand(db.pool, first, save('clients', { name: '客户丙' }), now)
    expect(made.ok).toBe(true)
    if (!made.ok) return
    const record = made.changes[0]!.record as { id: string; version: number }
    const changed = await runCommand(
      db.pool,
      first,
      save('clients', { id: record.id, name: '客户丙（新）' }, 1),
      now,
    )
    expect(changed.ok && changed.revision).toBe(made.revision + 1)
    const { rows } = await db.pool.query(
      'select user_id, action, tbl, record_id, before, after from audit_log where team_id = $1 order by id',
      [teamId],
    )
    expect(rows.map((row) => [row.action, row.before?.name ?? null, row.after?.name ?? null])).toEqual([
      ['save', null, '客户丙'],
      ['save', '客户丙', '客户丙（新）'],
    ])
    expect(rows[0].user_id).toBe(first.userId)
    await expect(db.pool.query('update audit_log set action = $1', ['x'])).rejects.toThrow(/append-only/)
    await expect(db.pool.query('delete from audit_log')).rejects.toThrow(/append-only/)
  })

  it('no full ID card or mobile number reaches any table', async () => {
    const { first } = await team()
    const idCard = '11010519491231002X'
    const mobile = '13812345678'
    const result = await runCommand(
      db.pool,
      first,
      {
        kind: 'in-progress',
        id: newCommandId(),
        entry: {
          caseId: 'privacy-case',
          path: 'standalone',
          email: 'privacy@example.com',
          admin: {
            name: '赵六',
            idCardMasked: maskIdCard(idCard),
            idCardHash: fakeHash(idCard),
            mobileMasked: maskMobile(mobile),
            mobileHash: fakeHash(mobile),
          },
        },
      },
      now,
    )
    expect(result.ok).toBe(true)
    const { rows: tables } = await db.pool.query<{ name: string }>(
      `select table_name as name from information_schema.tables where table_schema = 'public'`,
    )
    expect(tables.length).toBeGreaterThan(5)
    for (const { name } of tables) {
      const { rows } = await db.pool.query<{ text: string | null }>(
        `select string_agg(t::text, ' ') as text from ${name} t`,
      )
      const text = rows[0]?.text ?? ''
      expect(text).not.toContain(idCard)
      expect(text).not.toContain(mobile)
    }
  })
})
