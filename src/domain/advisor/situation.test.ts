// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { situationSchema } from './situation'
import { situation } from './test-situations'

describe('situationSchema', () => {
  it('accepts a situation, unknown counts left out', () => {
    const { subjectMiniPrograms: _s, adminIdCardMiniPrograms: _i, ...rest } = situation()
    expect(situationSchema.safeParse(rest).success).toBe(true)
    expect(situationSchema.safeParse({ ...situation(), officialAccount: null }).success).toBe(true)
  })

  it.each([
    ['no mini program wanted', { wanted: 0 }],
    ['a negative count', { subjectMiniPrograms: -1 }],
    ['a fraction', { adminPhoneMiniPrograms: 1.5 }],
    ['an unknown subject type', { subjectType: 'company' }],
  ])('rejects %s', (_name, change) => {
    expect(situationSchema.safeParse({ ...situation(), ...change }).success).toBe(false)
  })
})
