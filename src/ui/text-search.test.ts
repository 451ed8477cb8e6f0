import { describe, expect, it } from 'vitest'
import { matchesAllTerms, normalizeForSearch, searchTerms } from './text-search'

describe('text search', () => {
  it('matches a Chinese substring anywhere in the text', () => {
    expect(matchesAllTerms(searchTerms('邮箱'), ['登录邮箱必须是新邮箱'])).toBe(true)
    expect(matchesAllTerms(searchTerms('身份证'), ['登录邮箱必须是新邮箱'])).toBe(false)
  })

  it('needs every space-separated term, in any order', () => {
    const texts = ['公众号每月可快速注册的小程序', 'FAST_REG_MONTHLY']
    expect(matchesAllTerms(searchTerms('每月 快速'), texts)).toBe(true)
    expect(matchesAllTerms(searchTerms('每月 身份证'), texts)).toBe(false)
  })

  it('ignores case, width, spaces and punctuation', () => {
    expect(normalizeForSearch('ＩＤ_Card，５ 个')).toBe('idcard5个')
    expect(matchesAllTerms(searchTerms('id_card'), ['ID_CARD_LIMIT'])).toBe(true)
    expect(matchesAllTerms(searchTerms('该邮箱已被占用。'), ['该邮箱已被占用'])).toBe(true)
  })

  it('matches everything when the query is blank', () => {
    expect(searchTerms('   ')).toEqual([])
    expect(matchesAllTerms([], ['任何内容'])).toBe(true)
  })
})
