import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { start, transition, type FlowState, type PathId } from '../../domain'
import { todayInChina } from '../../platform/clock'
import { clearLedger, ledgerDb } from '../../storage/ledger'
import {
  add,
  adminDraft,
  miniProgramDraft,
  sampleCreditCode,
  subjectsWithAccount,
} from '../../storage/ledger/test-support'
import { loadLedger } from './ledger-bridge'
import { useCasesStore } from './store/cases-store'
import { renderWizard } from './test-support'

// Picking a client, subject, official account or admin from the ledger instead of typing it again (issue 5).

/** Lets the page's own reads of the ledger finish (a read of every list queued behind them) and render. */
async function ledgerRead() {
  await act(async () => {
    const { ledgerChoices } = await loadLedger()
    await Promise.all([ledgerChoices.admins(), ledgerChoices.subjects({ type: 'enterprise' })])
  })
}

const confirmed = { confirmed: true }
const answersUpTo: Record<PathId, [string, Record<string, unknown>][]> = {
  standalone: [
    ['open-platform', confirmed],
    ['choose-mini-program', confirmed],
    ['account', { email: 'new-mp@example.com' }],
    ['activate-email', confirmed],
    ['subject-type', { subjectType: 'enterprise' }],
    ['subject-info', { name: '甲公司', creditCode: sampleCreditCode }],
    ['verification-method', { method: 'certification' }],
  ],
  reuse: [
    ['subject-type', { subjectType: 'enterprise' }],
    ['subject-info', { name: '甲公司', creditCode: sampleCreditCode }],
  ],
}

/** A registration standing on `step`, every step before it answered; with `clientId` when given. */
function caseAt(path: PathId, step: string, options: { type?: string; clientId?: string } = {}) {
  const id = useCasesStore.getState().createCase(path, 'current', options.clientId)
  let flow: FlowState = start(path, 'current')
  for (const [at, values] of answersUpTo[path]) {
    if (flow.current === step) break
    const given = at === 'subject-type' && options.type ? { subjectType: options.type } : values
    const result = transition(flow, { type: 'submit', values: given }, { today: todayInChina() })
    if (!result.ok) throw new Error(`${at}: ${result.reason}`)
    flow = result.state
  }
  expect(flow.current).toBe(step)
  useCasesStore.getState().saveFlow(id, flow)
  return id
}

describe('picking from the ledger in the wizard', () => {
  beforeEach(async () => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null })
    await clearLedger(ledgerDb())
  })

  it('offers nothing to pick while the ledger is empty', async () => {
    const id = caseAt('reuse', 'subject-info')
    renderWizard(`/register/${id}/subject-info`)
    await screen.findByLabelText('主体名称')
    await ledgerRead()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
  })

  it('fills the subject’s name and credit code from a subject of the chosen type, with its count', async () => {
    const db = ledgerDb()
    const { subject } = await subjectsWithAccount(db)
    await add(db, 'miniPrograms', miniProgramDraft('a@example.com', { subjectId: subject.id }))
    const user = userEvent.setup()
    const id = caseAt('reuse', 'subject-info')
    const router = renderWizard(`/register/${id}/subject-info`)
    const select = await screen.findByRole('combobox', { name: '从台账选择主体' })
    // Only enterprises: the individual 乙 is not offered.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '（不使用台账，手动填写）',
      `甲公司（${sampleCreditCode}，台账中已有 1 个小程序）`,
    ])
    expect(screen.getByRole('button', { name: '填入' })).toBeDisabled()
    await user.selectOptions(select, subject.id)
    await user.click(screen.getByRole('button', { name: '填入' }))
    expect(screen.getByLabelText('主体名称')).toHaveValue('甲公司')
    expect(screen.getByLabelText('统一社会信用代码')).toHaveValue(sampleCreditCode)
    expect(screen.getByRole('status')).toHaveTextContent('已填入台账中的“甲公司”')
    await user.click(screen.getByRole('button', { name: '下一步' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/register/${id}/oa-status`))
  })

  it('lists only the chosen client’s subjects, and files a new subject under that client', async () => {
    const db = ledgerDb()
    await subjectsWithAccount(db)
    const client = await add(db, 'clients', { name: '丙客户' })
    await add(db, 'subjects', { name: '丙公司', type: 'enterprise', clientId: client.id })
    const id = caseAt('standalone', 'subject-info', { clientId: client.id })
    renderWizard(`/register/${id}/subject-info`)
    await screen.findByRole('combobox', { name: '从台账选择主体' })
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      '（不使用台账，手动填写）',
      '丙公司（台账中已有 0 个小程序）',
    ])
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('主体名称'), '丁公司')
    await user.type(screen.getByLabelText('统一社会信用代码'), '91110000600037341L')
    await user.click(screen.getByRole('button', { name: '下一步' }))
    await waitFor(async () =>
      expect(await db.subjects.where('creditCode').equals('91110000600037341L').first()).toMatchObject({
        name: '丁公司',
        clientId: client.id,
      }),
    )
  })

  it('fills an official account with the counts its associations in the ledger give', async () => {
    const db = ledgerDb()
    const { subject, account } = await subjectsWithAccount(db)
    for (let n = 1; n <= 7; n += 1) {
      const mp = await add(
        db,
        'miniPrograms',
        miniProgramDraft(`mp${n}@example.com`, { subjectId: subject.id }),
      )
      await add(db, 'associations', {
        officialAccountId: account.id,
        miniProgramId: mp.id,
        kind: 'same',
        linkedOn: '2025-01-10',
        month: '2025-01',
        byFastRegistration: false,
      })
    }
    const user = userEvent.setup()
    const id = caseAt('reuse', 'oa-status')
    renderWizard(`/register/${id}/oa-status`)
    const select = await screen.findByRole('combobox', { name: '从台账选择公众号' })
    await user.selectOptions(select, account.id)
    await user.click(screen.getByRole('button', { name: '填入' }))
    await waitFor(() => expect(screen.getByLabelText('公众号名称')).toHaveValue('甲公司服务号'))
    expect(screen.getByLabelText('服务号')).toBeChecked()
    expect(screen.getByLabelText('已认证')).toBeChecked()
    expect(screen.getByLabelText(/公众号的登录邮箱/)).toHaveValue('oa@example.com')
    expect(screen.getByLabelText(/已关联的同主体小程序/)).toHaveValue('7')
  })

  it('uses an admin from the ledger without typing the numbers, and keeps them masked', async () => {
    const db = ledgerDb()
    const admin = await add(db, 'admins', adminDraft('wang', '王五'))
    const user = userEvent.setup()
    const id = caseAt('standalone', 'admin')
    const router = renderWizard(`/register/${id}/admin`)
    const select = await screen.findByRole('combobox', { name: '从台账选择管理员' })
    expect(screen.getByLabelText('管理员身份证')).toBeInTheDocument()
    expect(
      screen.getByRole('option', {
        name: /王五（身份证 110\*{11}123X，手机 138\*{4}1234，已绑定 0 个小程序）/,
      }),
    ).toBeInTheDocument()
    await user.selectOptions(select, admin.id)
    await user.click(screen.getByRole('button', { name: '填入' }))
    expect(await screen.findByText(/使用台账中的管理员：王五，身份证 110\*{11}123X/)).toBeInTheDocument()
    expect(screen.queryByLabelText('管理员身份证')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '下一步' }))
    await waitFor(() => expect(router.state.location.pathname).toBe(`/register/${id}/admin-verify`))
    expect(useCasesStore.getState().cases[id]!.flow.answers.admin).toEqual({
      name: '王五',
      idCardNumber: '110***********123X',
      mobile: '138****1234',
      idCardHash: admin.idCardHash,
      mobileHash: admin.mobileHash,
    })
  })

  it('blocks a picked admin whose ID card the ledger already binds 5 times (rule: ID_CARD_LIMIT)', async () => {
    const db = ledgerDb()
    const admin = await add(db, 'admins', adminDraft('zhao', '赵六'))
    for (let n = 1; n <= 5; n += 1) {
      await add(db, 'miniPrograms', miniProgramDraft(`z${n}@example.com`, { adminId: admin.id }))
    }
    const user = userEvent.setup()
    const id = caseAt('standalone', 'admin')
    renderWizard(`/register/${id}/admin`)
    const select = await screen.findByRole('combobox', { name: '从台账选择管理员' })
    expect(screen.getByRole('option', { name: /已绑定 5 个小程序/ })).toBeInTheDocument()
    await user.selectOptions(select, admin.id)
    await user.click(screen.getByRole('button', { name: '填入' }))
    await user.click(screen.getByRole('button', { name: '下一步' }))
    expect(await screen.findByRole('heading', { level: 1, name: /无法继续/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /ID_CARD_LIMIT/ })).toHaveAttribute(
      'href',
      '/rules#ID_CARD_LIMIT',
    )
  })

  it('keeps a pick made over a saved admin across a remount, masked', async () => {
    const db = ledgerDb()
    const admin = await add(db, 'admins', adminDraft('zhou', '周九'))
    const user = userEvent.setup()
    const id = caseAt('standalone', 'admin')
    const typed = { name: '张伟', idCardNumber: '310104198503150212', mobile: '13912345678' }
    const flow = useCasesStore.getState().cases[id]!.flow
    const done = transition(flow, { type: 'submit', values: typed }, { today: todayInChina() })
    if (!done.ok) throw new Error(done.reason)
    const back = transition(done.state, { type: 'visit', step: 'admin' }, { today: todayInChina() })
    if (!back.ok) throw new Error(back.reason)
    useCasesStore.getState().saveFlow(id, back.state)
    const first = renderWizard(`/register/${id}/admin`)
    await user.selectOptions(await screen.findByRole('combobox', { name: '从台账选择管理员' }), admin.id)
    await user.click(screen.getByRole('button', { name: '填入' }))
    await screen.findByText(/使用台账中的管理员：周九/)
    first.dispose()
    renderWizard(`/register/${id}/admin`)
    // The first render stays in the document (its router disposed): the second is the last one.
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 1, name: '填写管理员信息' })).toHaveLength(2),
    )
    expect(
      screen.getAllByText('使用台账中的管理员：周九，身份证 110***********123X，手机 138****1234。'),
    ).toHaveLength(2)
    expect(JSON.stringify(useCasesStore.getState().cases[id]!.drafts)).not.toContain('310104198503150212')
  })

  it('goes back to typing the numbers with 改为手动填写', async () => {
    const db = ledgerDb()
    const admin = await add(db, 'admins', adminDraft('qian', '钱七'))
    const user = userEvent.setup()
    const id = caseAt('standalone', 'admin')
    renderWizard(`/register/${id}/admin`)
    await user.selectOptions(await screen.findByRole('combobox', { name: '从台账选择管理员' }), admin.id)
    await user.click(screen.getByRole('button', { name: '填入' }))
    await user.click(await screen.findByRole('button', { name: '改为手动填写' }))
    expect(screen.getByLabelText('管理员身份证')).toHaveValue('')
    expect(screen.getByLabelText('管理员手机')).toHaveValue('')
  })

  it('offers no admin to an individual subject: the individual types the number, whose age is checked', async () => {
    await add(ledgerDb(), 'admins', adminDraft('sun', '孙八'))
    const id = caseAt('standalone', 'admin', { type: 'individual' })
    renderWizard(`/register/${id}/admin`)
    await screen.findByLabelText('管理员身份证')
    await ledgerRead()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
  })

  it('starts a registration for a client chosen from the ledger', async () => {
    const client = await add(ledgerDb(), 'clients', { name: '甲客户' })
    const user = userEvent.setup()
    const router = renderWizard('/register/new?path=standalone')
    const select = await screen.findByRole('combobox', { name: /为哪位客户办理/ })
    await user.selectOptions(select, client.id)
    await user.click(screen.getByRole('button', { name: '开始' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/open-platform$/))
    const [item] = Object.values(useCasesStore.getState().cases)
    expect(item!.clientId).toBe(client.id)
  })
})
