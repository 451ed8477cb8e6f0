import { beforeEach, describe, expect, it } from 'vitest'
import { identityHash, identityHasher, identityKeyBytes } from './identity-hash'

describe('identityHash', () => {
  beforeEach(() => localStorage.clear())

  it('gives the same hash for the same number in one browser, and a different one per kind', async () => {
    const a = await identityHash('id-card', '11010519491231002X')
    expect(a).toMatch(/^[0-9a-f]{64}$/)
    expect(await identityHash('id-card', '11010519491231002X')).toBe(a)
    expect(await identityHash('mobile', '11010519491231002X')).not.toBe(a)
    expect(a).not.toContain('11010519491231002X')
  })

  it('gives another hash under another browser key', async () => {
    const a = await identityHash('mobile', '13800138000')
    localStorage.clear()
    expect(await identityHash('mobile', '13800138000')).not.toBe(a)
  })

  it('hashes as identityHash does when many numbers share one imported key (批量规划)', async () => {
    const hash = await identityHasher(identityKeyBytes())
    expect(await hash('id-card', '11010519491231002X')).toBe(
      await identityHash('id-card', '11010519491231002X'),
    )
    expect(await hash('mobile', '13800138000')).toBe(await identityHash('mobile', '13800138000'))
  })
})
