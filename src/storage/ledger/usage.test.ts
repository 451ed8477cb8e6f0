// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { checkQuotas, ruleSets } from '../../domain'
import {
  add,
  adminDraft,
  freshDb,
  miniProgramDraft,
  sampleCreditCode,
  subjectsWithAccount,
} from './test-support'
import { usageFor } from './usage-query'

const today = '2025-05-20'

async function accountWithLinks() {
  const db = freshDb()
  const { subject, other, account } = await subjectsWithAccount(db)
  const link = async (
    n: number,
    subjectId: string,
    linkedOn: string,
    extra: { byFastRegistration?: boolean; status?: 'in-progress' | 'registered' } = {},
  ) => {
    const mp = await add(
      db,
      'miniPrograms',
      miniProgramDraft(`mp${n}@example.com`, {
        subjectId,
        status: extra.status ?? 'registered',
        ...(extra.byFastRegistration ? { path: 'reuse', viaAccountId: account.id } : {}),
      }),
    )
    await add(db, 'associations', {
      officialAccountId: account.id,
      miniProgramId: mp.id,
      kind: 'same',
      linkedOn,
      month: '',
      byFastRegistration: extra.byFastRegistration ?? false,
    })
    return mp
  }
  return { db, subject, other, account, link }
}

describe('usageFor', () => {
  it('counts an ID card and a mobile over every admin record that carries them', async () => {
    const db = freshDb()
    const first = await add(db, 'admins', adminDraft('same'))
    const otherMobile = await add(db, 'admins', {
      ...adminDraft('same'),
      mobileHash: adminDraft('x').mobileHash,
    })
    for (const [n, admin] of [first, first, otherMobile, otherMobile].entries()) {
      await add(
        db,
        'miniPrograms',
        miniProgramDraft(`m${n}@example.com`, { adminId: admin.id, status: 'in-progress' }),
      )
    }
    const usage = await usageFor(db, { idCardHash: first.idCardHash, mobileHash: first.mobileHash }, today)
    expect(usage).toEqual({ idCardMiniPrograms: 4, phoneMiniPrograms: 2 })
    const blocked = checkQuotas({ idCardMiniPrograms: 5 }, { action: 'standalone' }, ruleSets.current)
    expect(blocked[0]).toMatchObject({ ruleId: 'ID_CARD_LIMIT', severity: 'block' })
  })

  it('says an email is in use only when the ledger has it, whatever its case', async () => {
    const db = freshDb()
    await add(db, 'miniPrograms', miniProgramDraft('taken@example.com'))
    expect(await usageFor(db, { email: 'TAKEN@example.com ' }, today)).toEqual({
      emailsInUse: ['taken@example.com'],
    })
    expect(await usageFor(db, { email: 'free@example.com' }, today)).toEqual({ emailsInUse: [] })
  })

  it('counts a subject’s mini programs by credit code, and an individual’s by name', async () => {
    const { db, subject, other } = await accountWithLinks()
    await add(db, 'miniPrograms', miniProgramDraft('x@example.com', { subjectId: subject.id }))
    await add(db, 'miniPrograms', miniProgramDraft('y@example.com', { subjectId: other.id }))
    expect(await usageFor(db, { creditCode: sampleCreditCode.toLowerCase() }, today)).toEqual({
      subjectMiniPrograms: 1,
    })
    expect(await usageFor(db, { subjectName: '乙' }, today)).toEqual({ subjectMiniPrograms: 1 })
    expect(await usageFor(db, { subjectName: '没有这个主体' }, today)).toEqual({ subjectMiniPrograms: 0 })
  })

  it('counts an official account’s associations: in total, this month, and fast registrations', async () => {
    const { db, subject, other, link } = await accountWithLinks()
    await link(1, subject.id, '2025-04-02')
    await link(2, subject.id, '2025-05-01')
    await link(3, other.id, '2025-05-19')
    await link(4, subject.id, '2025-05-03', { byFastRegistration: true })
    await link(5, subject.id, '2025-04-30', { byFastRegistration: true })
    const usage = await usageFor(db, { officialAccountEmail: 'OA@example.com' }, today)
    expect(usage.officialAccount).toEqual({
      subjectType: 'enterprise',
      sameSubjectLinks: 4,
      otherSubjectLinks: 1,
      monthNewLinks: { sameSubject: 1, otherSubject: 1 },
      monthFastRegistrations: 1,
      fastRegistrationPending: false,
      email: 'oa@example.com',
    })
  })

  it('sees a fast registration pending, but not the one asking, and leaves its own link out', async () => {
    const { db, subject, link } = await accountWithLinks()
    const own = await link(1, subject.id, '2025-05-10', { byFastRegistration: true, status: 'in-progress' })
    const pending = await usageFor(db, { officialAccountEmail: 'oa@example.com' }, today)
    expect(pending.officialAccount).toMatchObject({ fastRegistrationPending: true, sameSubjectLinks: 1 })
    const asking = await usageFor(db, { officialAccountEmail: 'oa@example.com' }, today, own)
    expect(asking.officialAccount).toMatchObject({
      fastRegistrationPending: false,
      sameSubjectLinks: 0,
      monthFastRegistrations: 0,
    })
  })

  it('leaves an account out when the ledger does not have it', async () => {
    const db = freshDb()
    expect(await usageFor(db, { officialAccountEmail: 'nobody@example.com' }, today)).toEqual({})
  })
})
