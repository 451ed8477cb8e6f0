// 搬入团队: an owner moves a solo ledger into the team's, all or nothing, with every conflict listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyLedgerData, type LedgerData } from '../../src/domain/ledger/index.ts'
import { requireRuleValue } from '../../src/domain/rules/rule-set.ts'
import { ruleSets } from '../../src/domain/rules/rule-sets.ts'
import { freshDatabase, type TestDatabase } from '../test/database.ts'
import {
  added,
  adminRecord,
  makeMember,
  makeTeam,
  miniProgramRecord,
  newCommandId,
  save,
} from '../test/team-fixtures.ts'
import { runCommand, type Actor } from './commands.ts'

const now = () => new Date('2026-11-20T04:00:00Z')
const { limit } = requireRuleValue(ruleSets.current, 'ID_CARD_LIMIT')
const stamp = { createdAt: '2025-05-01T00:00:00.000Z', updatedAt: '2025-05-01T00:00:00.000Z', version: 3 }

let db: TestDatabase
beforeAll(async () => {
  db = await freshDatabase()
})
afterAll(async () => {
  await db?.drop()
})

async function owner(): Promise<Actor & { teamId: string }> {
  const { teamId } = await makeTeam(db.pool)
  return makeMember(db.pool, teamId, 'owner')
}

async function records(teamId: string, table: string) {
  const { rows } = await db.pool.query<{ data: Record<string, unknown> }>(
    'select data from records where team_id = $1 and tbl = $2 and not deleted order by id',
    [teamId, table],
  )
  return rows.map((row) => row.data)
}

/** A solo ledger: a subject, an admin with `count` mini programs, and their email rows, as an export has them. */
function soloLedger(
  seed: string,
  count: number,
  admin = adminRecord({ idCard: `id-${seed}`, mobile: `m-${seed}` }),
) {
  const data: LedgerData = emptyLedgerData()
  const subject = {
    id: `s-${seed}`,
    type: 'enterprise',
    name: `示例科技${seed}`,
    creditCode: '91350100M000100Y43',
    ...stamp,
  }
  const adminRow = { id: `a-${seed}`, ...admin, ...stamp }
  const mps = Array.from({ length: count }, (_, n) => ({
    id: `mp-${seed}-${n}`,
    ...miniProgramRecord(`${seed}-${n}@example.com`, { subjectId: subject.id, adminId: adminRow.id }),
    ...stamp,
  }))
  Object.assign(data, {
    subjects: [subject],
    admins: [adminRow],
    miniPrograms: mps,
    emails: mps.map((mp) => ({
      id: `e-${mp.id}`,
      email: mp.email,
      use: 'mini-program',
      ownerId: mp.id,
      ...stamp,
    })),
  })
  return data as unknown as Record<keyof LedgerData, Record<string, unknown>[]>
}

describe('moving a solo ledger into the team', () => {
  it('brings every record in, with the team taking them as its own (version 1, the email rows claimed)', async () => {
    const actor = await owner()
    const result = await runCommand(
      db.pool,
      actor,
      { kind: 'move-in', id: newCommandId(), data: soloLedger('one', 2) },
      now,
    )
    expect(result).toMatchObject({ ok: true })
    expect((await records(actor.teamId, 'miniPrograms')).map((mp) => [mp.email, mp.version])).toEqual([
      ['one-0@example.com', 1],
      ['one-1@example.com', 1],
    ])
    expect((await records(actor.teamId, 'emails')).map((row) => row.email).sort()).toEqual([
      'one-0@example.com',
      'one-1@example.com',
    ])
    const { rows } = await db.pool.query(
      'select count(*)::int as n from audit_log where team_id = $1 and action = $2',
      [actor.teamId, 'move-in'],
    )
    expect(rows[0].n).toBeGreaterThanOrEqual(6)
  })

  it('takes the same admin and subject as the team’s own, and lists every record over a quota: then nothing comes in', async () => {
    const actor = await owner()
    const admin = adminRecord({ idCard: 'shared', mobile: 'shared' })
    const teamAdmin = await added(db.pool, actor, save('admins', admin))
    for (let n = 1; n < limit; n += 1) {
      await added(
        db.pool,
        actor,
        save('miniPrograms', miniProgramRecord(`team-${n}@example.com`, { adminId: teamAdmin.id })),
      )
    }
    await added(db.pool, actor, save('miniPrograms', miniProgramRecord('clash@example.com')))
    const before = await records(actor.teamId, 'miniPrograms')

    const data = soloLedger('two', 3, admin)
    data.miniPrograms.push({ id: 'mp-clash', ...miniProgramRecord('CLASH@example.com'), ...stamp })
    const result = await runCommand(db.pool, actor, { kind: 'move-in', id: newCommandId(), data }, now)
    expect(result).toMatchObject({ ok: false, reason: 'move-in' })
    const problems = result.ok ? [] : (result.problems ?? [])
    // The first solo mini program takes the last room; the next two are over; the fourth's email is the team's.
    expect(problems.map((p) => [p.id, p.reason])).toEqual([
      ['mp-two-1', 'quota'],
      ['mp-two-2', 'quota'],
      ['mp-clash', 'email-in-use'],
    ])
    expect(problems[0]!.findings!.map((f) => f.ruleId)).toContain('ID_CARD_LIMIT')
    expect(await records(actor.teamId, 'miniPrograms')).toEqual(before)
    expect(await records(actor.teamId, 'admins')).toHaveLength(1)
    expect(await records(actor.teamId, 'subjects')).toEqual([])
  })
})
