import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { identityKeyCheck, newIdentityKeyText } from '../../platform/identity-hash'
import { setTeamModeForTests } from '../../platform/team-mode'
import { LedgerDatabase } from './db'
import { moveSoloLedgerIn } from './move-in'
import { ledgerDatabaseName } from '../store-names'
import { adminDraft, freshDb, add } from './test-support'

// 搬入团队's checks in the browser, before anything is sent: an empty solo ledger, and one hashed under a key that
// is not the team's (its identities could never be matched in the team).
const fetch = vi.fn()

beforeEach(async () => {
  setTeamModeForTests({
    teamId: '00000000-0000-4000-8000-000000000002',
    teamName: '示例团队',
    email: 'o@example.com',
    role: 'owner',
  })
  vi.stubGlobal('fetch', fetch)
  localStorage.clear()
  const solo = new LedgerDatabase(ledgerDatabaseName)
  await solo.delete()
})
afterEach(() => {
  setTeamModeForTests(null)
  vi.unstubAllGlobals()
})

describe('moving the solo ledger in', () => {
  it('says there is nothing to move when the solo ledger is empty', async () => {
    expect(await moveSoloLedgerIn(freshDb(), 'ab'.repeat(32))).toEqual({ ok: false, reason: 'empty' })
    expect(fetch).not.toHaveBeenCalled()
  })

  it("refuses, sending nothing, when the solo ledger's hashes were made under another key than the team's", async () => {
    localStorage.setItem('mp-wizard.identity-key', newIdentityKeyText())
    const solo = new LedgerDatabase(ledgerDatabaseName)
    await add(solo, 'admins', adminDraft('solo'))
    solo.close()
    const teamCheck = await identityKeyCheck(newIdentityKeyText())
    expect(await moveSoloLedgerIn(freshDb(), teamCheck)).toEqual({ ok: false, reason: 'key-differs' })
    expect(fetch).not.toHaveBeenCalled()
  })
})
