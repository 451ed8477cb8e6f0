import { describe, expect, it } from 'vitest'
import { maskIdCard, maskMobile } from '../identity'
import { samples } from '../samples'
import { splitDraft } from './drafts'
import { stepIds } from './step-ids'
import { steps } from './steps'

describe('splitDraft: what of a draft may be stored', () => {
  it('keeps the typed ID card and mobile numbers in memory only, and stores the rest of the admin draft', () => {
    expect(splitDraft('admin', { ...samples.admin, idCardHash: '', mobileHash: '' })).toEqual({
      stored: { name: samples.admin.name, idCardHash: '', mobileHash: '' },
      memoryOnly: { idCardNumber: samples.admin.idCardNumber, mobile: samples.admin.mobile },
    })
  })

  it('keeps even a half-typed or malformed number out of storage', () => {
    const { stored, memoryOnly } = splitDraft('admin', {
      idCardNumber: '1101051949',
      mobile: '138 0013 8000',
    })
    expect(stored).toEqual({})
    expect(memoryOnly).toEqual({ idCardNumber: '1101051949', mobile: '138 0013 8000' })
  })

  it('stores an admin picked from the ledger: its numbers are masked already', () => {
    const picked = {
      name: samples.admin.name,
      idCardNumber: maskIdCard(samples.admin.idCardNumber),
      mobile: maskMobile(samples.admin.mobile),
      idCardHash: 'a'.repeat(64),
      mobileHash: 'b'.repeat(64),
    }
    expect(splitDraft('admin', picked)).toEqual({ stored: picked, memoryOnly: {} })
  })

  it('stores every other step whole: only the admin step has private fields', () => {
    expect(stepIds.filter((id) => steps[id].privateFields)).toEqual(['admin'])
    expect(splitDraft('account', samples.account)).toEqual({ stored: samples.account, memoryOnly: {} })
  })
})
