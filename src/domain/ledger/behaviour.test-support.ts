// TEST SUPPORT ONLY: one ledger behaviour suite, run against both backends: the browser's ledger (Dexie, in
// storage/ledger/behaviour.test.ts) and the team server's (PostgreSQL, in server/ledger/behaviour.test.ts). Each
// gives the suite a way to run a command and read a record; the suite asserts what an operator would see.
import { describe, expect, it } from 'vitest'
import { currentRuleSet } from '../rules/current'
import { requireRuleValue } from '../rules/rule-set'
import type { CommandOutcome, LedgerCommand } from './commands'
import { miniProgramDraft } from './samples.test-support'
import type { RecordOf, TableName } from './tables'

export interface LedgerBackend {
  /** Runs a command under the current rule set and today's date, in one transaction. */
  run(command: LedgerCommand): Promise<CommandOutcome>
  get<K extends TableName>(table: K, id: string): Promise<RecordOf[K] | undefined>
  /** Records of `table` matching `match` (each field an index the ledger keeps). */
  find<K extends TableName>(table: K, match: Record<string, string>): Promise<RecordOf[K][]>
}

let counter = 0
const commandId = () =>
  `behaviour-${Math.random().toString(36).slice(2, 6)}-${(counter += 1)}-${Math.random().toString(36).slice(2, 10)}`
const unique = () =>
  `${Math.random().toString(36).slice(2, 6)}${(counter += 1)}${Math.random().toString(36).slice(2, 8)}`
const hash = (seed: string) =>
  Array.from(seed.padEnd(32, '.').slice(0, 32), (c) =>
    c.charCodeAt(0).toString(16).padStart(2, '0').slice(-2),
  ).join('')

const save = (table: TableName, record: Record<string, unknown>, expectedVersion: number | null = null) =>
  ({ kind: 'save', id: commandId(), table, record, expectedVersion }) as const

async function saved(backend: LedgerBackend, command: LedgerCommand) {
  const outcome = await backend.run(command)
  if (!outcome.ok || !outcome.record) throw new Error(`refused: ${JSON.stringify(outcome)}`)
  return outcome.record
}

/** The suite: `makeBackend` gives a backend whose ledger is empty, or shared (the records use fresh values). */
export function describeLedgerBehaviour(name: string, makeBackend: () => Promise<LedgerBackend>) {
  describe(`the ledger's behaviour (${name})`, () => {
    it('saves a record, bumps its version on a change, and refuses a change made from an old version', async () => {
      const backend = await makeBackend()
      const client = await saved(backend, save('clients', { name: '示例客户' }))
      expect(client.version).toBe(1)
      const changed = await saved(backend, save('clients', { ...client, name: '新名字' }, 1))
      expect(changed).toMatchObject({ id: client.id, name: '新名字', version: 2 })
      const stale = await backend.run(save('clients', { ...client, name: '旧页面上的改动' }, 1))
      expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { name: '新名字', version: 2 } })
      expect(await backend.get('clients', client.id)).toMatchObject({ name: '新名字' })
    })

    it('keeps emails unique across mini programs and official accounts, whatever their case', async () => {
      const backend = await makeBackend()
      const email = `mp-${unique()}@example.com`
      await saved(backend, save('miniPrograms', miniProgramDraft(email)))
      const again = await backend.run(save('miniPrograms', miniProgramDraft(email.toUpperCase())))
      expect(again).toMatchObject({ ok: false, field: 'email' })
      expect(await backend.find('emails', { email })).toHaveLength(1)
    })

    it("binds at most the rule set's number of mini programs to one admin's ID card", async () => {
      const backend = await makeBackend()
      const { limit } = requireRuleValue(currentRuleSet, 'ID_CARD_LIMIT')
      const seed = unique()
      const admin = await saved(
        backend,
        save('admins', {
          name: '张三',
          idCardMasked: '110***********123X',
          idCardHash: hash(`id${seed}`),
          mobileMasked: '138****1234',
          mobileHash: hash(`mo${seed}`),
        }),
      )
      for (let n = 1; n <= limit; n += 1) {
        await saved(
          backend,
          save('miniPrograms', miniProgramDraft(`id-${seed}-${n}@example.com`, { adminId: admin.id })),
        )
      }
      const over = await backend.run(
        save('miniPrograms', miniProgramDraft(`id-${seed}-over@example.com`, { adminId: admin.id })),
      )
      expect(over).toMatchObject({ ok: false, reason: 'quota' })
      expect(over.findings.map((f) => f.ruleId)).toContain('ID_CARD_LIMIT')
      expect(await backend.find('miniPrograms', { adminId: admin.id })).toHaveLength(limit)
    })

    it('refuses to delete a record others still use, and deletes it once they are gone', async () => {
      const backend = await makeBackend()
      const subject = await saved(backend, save('subjects', { type: 'enterprise', name: `主体${unique()}` }))
      const mp = await saved(
        backend,
        save('miniPrograms', miniProgramDraft(`del-${unique()}@example.com`, { subjectId: subject.id })),
      )
      const refused = await backend.run({
        kind: 'delete',
        id: commandId(),
        table: 'subjects',
        recordId: subject.id,
        expectedVersion: 1,
      })
      expect(refused).toMatchObject({ ok: false, reason: 'in-use', by: 'miniPrograms', count: 1 })
      expect(
        await backend.run({
          kind: 'delete',
          id: commandId(),
          table: 'miniPrograms',
          recordId: mp.id,
          expectedVersion: 1,
        }),
      ).toMatchObject({ ok: true })
      expect(
        await backend.run({
          kind: 'delete',
          id: commandId(),
          table: 'subjects',
          recordId: subject.id,
          expectedVersion: 1,
        }),
      ).toMatchObject({ ok: true })
      expect(await backend.get('subjects', subject.id)).toBeUndefined()
    })

    it('takes a registration from 进行中 to 已注册, keeps AppIDs unique, and frees the email of one removed unfinished', async () => {
      const backend = await makeBackend()
      const seed = unique()
      const first = {
        caseId: `case-a-${seed}`,
        path: 'standalone',
        email: `reg-a-${seed}@example.com`,
      } as const
      const second = {
        caseId: `case-b-${seed}`,
        path: 'standalone',
        email: `reg-b-${seed}@example.com`,
      } as const
      expect(await backend.run({ kind: 'in-progress', id: commandId(), entry: first })).toMatchObject({
        ok: true,
      })
      expect(
        await backend.run({
          kind: 'in-progress',
          id: commandId(),
          entry: { ...second, caseId: `case-c-${seed}`, email: first.email },
        }),
      ).toMatchObject({ ok: false, reason: 'email-in-use' })
      const appId = `wx${hash(`app${seed}`).slice(-16)}`
      expect(
        await backend.run({
          kind: 'finalise',
          id: commandId(),
          caseId: first.caseId,
          outcome: { name: '示例商城', appId },
        }),
      ).toMatchObject({ ok: true })
      const [registered] = await backend.find('miniPrograms', { caseId: first.caseId })
      expect(registered).toMatchObject({ status: 'registered', appId })
      // A failure reported after 提交 leaves the registered record as it is.
      await backend.run({ kind: 'failure', id: commandId(), caseId: first.caseId })
      expect((await backend.find('miniPrograms', { caseId: first.caseId }))[0]).toMatchObject({
        status: 'registered',
      })

      await backend.run({ kind: 'in-progress', id: commandId(), entry: second })
      expect(
        await backend.run({ kind: 'app-id', id: commandId(), caseId: second.caseId, appId }),
      ).toMatchObject({ ok: false, reason: 'duplicate', field: 'appId' })
      await backend.run({ kind: 'removal', id: commandId(), caseId: second.caseId })
      expect(await backend.find('miniPrograms', { caseId: second.caseId })).toEqual([])
      expect(await backend.find('emails', { email: second.email })).toEqual([])
      expect(
        await backend.run({
          kind: 'in-progress',
          id: commandId(),
          entry: { ...second, caseId: `case-d-${seed}` },
        }),
      ).toMatchObject({ ok: true })
    })

    it('moves a whole ledger in, or nothing of it when one record clashes, listing that record', async () => {
      const backend = await makeBackend()
      const seed = unique()
      const stamp = {
        createdAt: '2025-05-01T00:00:00.000Z',
        updatedAt: '2025-05-01T00:00:00.000Z',
        version: 2,
      }
      const taken = `move-${seed}-taken@example.com`
      await saved(backend, save('miniPrograms', miniProgramDraft(taken)))
      const data = {
        ...Object.fromEntries(
          ['clients', 'subjects', 'officialAccounts', 'admins', 'associations', 'emails', 'fees'].map((t) => [
            t,
            [],
          ]),
        ),
        subjects: [{ id: `s-${seed}`, type: 'enterprise', name: `主体${seed}`, ...stamp }],
        miniPrograms: [
          {
            id: `m1-${seed}`,
            ...miniProgramDraft(`move-${seed}-1@example.com`, { subjectId: `s-${seed}` }),
            ...stamp,
          },
          { id: `m2-${seed}`, ...miniProgramDraft(taken), ...stamp },
        ],
      } as unknown as Extract<LedgerCommand, { kind: 'move-in' }>['data']
      const refused = await backend.run({ kind: 'move-in', id: commandId(), data })
      expect(refused).toMatchObject({ ok: false, reason: 'move-in' })
      expect(refused.ok ? [] : refused.problems?.map((p) => [p.id, p.reason])).toEqual([
        [`m2-${seed}`, 'email-in-use'],
      ])
      expect(await backend.get('subjects', `s-${seed}`)).toBeUndefined()
      expect(await backend.get('miniPrograms', `m1-${seed}`)).toBeUndefined()

      data.miniPrograms.pop()
      expect(await backend.run({ kind: 'move-in', id: commandId(), data })).toMatchObject({ ok: true })
      expect(await backend.get('miniPrograms', `m1-${seed}`)).toMatchObject({
        subjectId: `s-${seed}`,
        version: 1,
      })
    })
  })
}
