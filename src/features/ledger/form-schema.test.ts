import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import { formSchema } from './form-schema'
import { toDraft, toFormValues } from './record-values'

const today = '2025-05-20'

describe('the ledger’s form schemas', () => {
  it('ask an organisation for its credit code, and not an individual', () => {
    const schema = formSchema('subjects', ruleSets.current, false)
    const company = schema.safeParse({
      name: '示例',
      type: 'enterprise',
      creditCode: '',
      clientId: '',
      notes: '',
    })
    expect(company.error?.issues).toEqual([
      expect.objectContaining({ path: ['creditCode'], message: '组织类主体请填写统一社会信用代码' }),
    ])
    expect(
      schema.safeParse({ name: '张三', type: 'individual', creditCode: '', clientId: '', notes: '' }).success,
    ).toBe(true)
  })

  it('check fields with the domain’s schemas and messages, and leave blank optional ones absent', () => {
    const schema = formSchema('miniPrograms', ruleSets.current, false)
    const values = {
      ...toFormValues('miniPrograms', undefined, today),
      email: ' Shop@Example.com ',
      name: '小程序商城',
    }
    const result = schema.safeParse(values)
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['name'])
    const fixed = schema.parse({ ...values, name: '示例商城' })
    expect(fixed).toMatchObject({
      email: 'shop@example.com',
      name: '示例商城',
      createdOn: today,
      waitingOn: [],
    })
    expect(fixed.appId).toBeUndefined()
  })

  it('record a name the platform took as it is, its characters not judged (the wizard judges a new one)', () => {
    const values = { ...toFormValues('miniPrograms', undefined, today), email: 'shop@example.com' }
    // A name registered before the character rule, with a symbol today's list (rule: MP_NAME) leaves out.
    const taken = '示例·商城（旧）'
    expect(
      formSchema('miniPrograms', ruleSets.current, false).parse({ ...values, name: taken }),
    ).toMatchObject({
      name: taken,
    })
    // Length and the forbidden word still hold.
    expect(
      formSchema('miniPrograms', ruleSets.current, false).safeParse({ ...values, name: '小程序·商城' })
        .success,
    ).toBe(false)
  })

  it('let an admin be edited without retyping the numbers, but not added without them', () => {
    const blank = { name: '张三', idCardNumber: '', mobile: '' }
    expect(formSchema('admins', ruleSets.current, true).safeParse(blank).success).toBe(true)
    expect(formSchema('admins', ruleSets.current, false).safeParse(blank).success).toBe(false)
  })

  it('read an amount of money as a number of yuan', () => {
    const schema = formSchema('fees', ruleSets.current, false)
    const fee = { ...toFormValues('fees', undefined, today), amount: '300' }
    expect(schema.parse(fee)).toMatchObject({
      amount: 300,
      purpose: 'certification',
      invoice: 'not-requested',
    })
    expect(schema.safeParse({ ...fee, amount: '三百' }).success).toBe(false)
  })
})

describe('an admin typed by hand', () => {
  it('is kept as masked numbers and keyed hashes, never the full numbers', async () => {
    localStorage.setItem('mp-wizard.identity-key', btoa(String.fromCharCode(...new Uint8Array(32).fill(7))))
    const parsed = formSchema('admins', ruleSets.current, false).parse({
      name: '张三',
      idCardNumber: '11010519491231002x',
      mobile: '+86 138-0013-8000',
    })
    const draft = await toDraft('admins', parsed, undefined)
    expect(draft).toEqual({
      name: '张三',
      idCardMasked: '110***********002X',
      idCardHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      mobileMasked: '138****8000',
      mobileHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    expect(JSON.stringify(draft)).not.toMatch(/11010519491231002|13800138000/)
  })
})
