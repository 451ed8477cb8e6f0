import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ruleSets, samples, start, type FlowState, type StepId } from '../../domain'
import { ledgerUsageFor, removeFromLedger, syncLedger } from './ledger-sync'
import { answeredUpTo as answeredFromSamples } from './test-support'

// The ledger as the wizard reaches it, replaced per test: working, refusing, or broken.
const ledger = {
  recordInProgress: vi.fn(),
  finaliseRegistration: vi.fn(),
  recordFailure: vi.fn(),
  ledgerUsage: vi.fn(),
  removeInProgress: vi.fn(),
}
vi.mock('./ledger-bridge', () => ({ loadLedger: async () => ledger }))

const today = '2026-11-24'
const answeredUpTo = (until: StepId) =>
  answeredFromSamples(until, { 'subject-type': { subjectType: 'media' } })

beforeEach(() => {
  for (const fn of Object.values(ledger)) fn.mockReset()
})

describe('syncLedger: what became of the write, as a value', () => {
  it('writes nothing before the account step is done', async () => {
    expect(await syncLedger('c', start('standalone'), today, ruleSets.current)).toEqual({ ok: true })
    expect(ledger.recordInProgress).not.toHaveBeenCalled()
  })

  it('records the registration as 进行中 with its email and subject', async () => {
    ledger.recordInProgress.mockResolvedValue({ ok: true })
    const flow = answeredUpTo('admin')
    expect(await syncLedger('c', flow, today, ruleSets.current, 'client-1')).toEqual({ ok: true })
    expect(ledger.recordInProgress).toHaveBeenCalledWith(
      expect.objectContaining({
        caseId: 'c',
        email: samples.account.email,
        subject: expect.objectContaining({
          type: 'media',
          name: samples.subjectInfo.name,
          clientId: 'client-1',
        }),
      }),
    )
  })

  it("passes the ledger's refusal on, and does not finalise", async () => {
    const refusal = { ok: false, reason: 'email-in-use', findings: [], field: 'email' }
    ledger.recordInProgress.mockResolvedValue(refusal)
    const submitted = { ...answeredUpTo('admin'), status: 'submitted' as const }
    expect(await syncLedger('c', submitted, today, ruleSets.current)).toEqual(refusal)
    expect(ledger.finaliseRegistration).not.toHaveBeenCalled()
  })

  it('finalises on 提交 with the fee of the subject type for each application (rule: CERT_FEE)', async () => {
    ledger.recordInProgress.mockResolvedValue({ ok: true })
    ledger.finaliseRegistration.mockResolvedValue({ ok: true })
    const flow: FlowState = {
      ...answeredUpTo('admin'),
      status: 'submitted',
      outcomes: {
        certification: [
          { submittedOn: '2026-10-01', sentBack: 0, result: 'rejected' },
          { submittedOn: '2026-10-20', sentBack: 1, result: 'approved' },
        ],
      },
    }
    expect(await syncLedger('c', flow, today, ruleSets.current)).toEqual({ ok: true })
    // A media subject's fee is one amount under current (300 元, third-party sources).
    const fee = 300
    expect(ledger.finaliseRegistration).toHaveBeenCalledWith(
      'c',
      expect.objectContaining({
        certStatus: 'certified',
        fees: [
          { purpose: 'certification', amount: fee, paidOn: '2026-10-01', result: 'rejected' },
          { purpose: 'certification', amount: fee, paidOn: '2026-10-20', result: 'approved' },
        ],
      }),
    )
  })

  it('records no amount where the fee varies or is not confirmed: the operator adds what was paid (CERT_FEE)', async () => {
    ledger.recordInProgress.mockResolvedValue({ ok: true })
    ledger.finaliseRegistration.mockResolvedValue({ ok: true })
    const base = answeredUpTo('admin')
    const flow: FlowState = {
      ...base,
      answers: { ...base.answers, 'subject-type': { subjectType: 'government' } },
      status: 'submitted',
      outcomes: { certification: [{ submittedOn: '2026-10-01', sentBack: 0, result: 'approved' }] },
    }
    expect(await syncLedger('c', flow, today, ruleSets.current)).toEqual({ ok: true })
    expect(ledger.finaliseRegistration).toHaveBeenCalledWith(
      'c',
      expect.objectContaining({ certStatus: 'certified', fees: [] }),
    )
  })

  it('records a fast registration shown as not certified as no certification yet (REUSE_CERT_OUTCOME)', async () => {
    ledger.recordInProgress.mockResolvedValue({ ok: true })
    ledger.finaliseRegistration.mockResolvedValue({ ok: true })
    const flow: FlowState = {
      ...answeredUpTo('admin'),
      status: 'submitted',
      outcomes: { reuseResult: 'not-certified' },
    }
    expect(await syncLedger('c', flow, today, ruleSets.current)).toEqual({ ok: true })
    expect(ledger.finaliseRegistration).toHaveBeenCalledWith(
      'c',
      expect.objectContaining({ certStatus: 'none', fees: [] }),
    )
  })

  it('a registration the platform failed becomes 注册失败, and is not recorded as 进行中 again', async () => {
    ledger.recordFailure.mockResolvedValue({ ok: true })
    const failed = { ...answeredUpTo('admin'), status: 'failed' as const }
    expect(await syncLedger('c', failed, today, ruleSets.current)).toEqual({ ok: true })
    expect(ledger.recordFailure).toHaveBeenCalledWith('c')
    expect(ledger.recordInProgress).not.toHaveBeenCalled()
  })

  it('an unexpected error is not success: it comes back as unavailable', async () => {
    ledger.recordInProgress.mockRejectedValue(
      new DOMException('The database connection is closing.', 'InvalidStateError'),
    )
    const flow = answeredUpTo('admin')
    expect(await syncLedger('c', flow, today, ruleSets.current)).toEqual({ ok: false, reason: 'unavailable' })
  })
})

describe('ledgerUsageFor and removeFromLedger', () => {
  it('asks the ledger for the identities, leaving this registration out', async () => {
    ledger.ledgerUsage.mockResolvedValue({ idCardMiniPrograms: 3 })
    const result = await ledgerUsageFor('c', { idCardHash: 'h' }, today)
    expect(result).toEqual({ ok: true, usage: { idCardMiniPrograms: 3 } })
    expect(ledger.ledgerUsage).toHaveBeenCalledWith({ idCardHash: 'h', exceptCaseId: 'c' }, today)
  })

  it('asks nothing for a step that uses no counted identity', async () => {
    expect(await ledgerUsageFor('c', null, today)).toEqual({ ok: true, usage: {} })
    expect(ledger.ledgerUsage).not.toHaveBeenCalled()
  })

  it('says when the ledger cannot be read or written', async () => {
    ledger.ledgerUsage.mockRejectedValue(new Error('no IndexedDB'))
    ledger.removeInProgress.mockRejectedValue(new Error('no IndexedDB'))
    expect(await ledgerUsageFor('c', { email: 'a@example.com' }, today)).toEqual({
      ok: false,
      reason: 'unavailable',
    })
    expect(await removeFromLedger('c')).toBe(false)
    ledger.removeInProgress.mockResolvedValue(undefined)
    expect(await removeFromLedger('c')).toBe(true)
  })
})
