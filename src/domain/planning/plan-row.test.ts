// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { addMessages } from '../../i18n'
import { plan } from '../../i18n/zh-CN/plan'
import { identityFormats } from '../identity'
import { currentRuleSet } from '../rules/current'
import { samples } from '../samples'
import { matchHeaders, plannedRow, readMonth, readPlanRow } from './plan-row'

addMessages('plan', plan)

const headers = [
  '主体名称',
  '统一社会信用代码',
  '主体类型',
  '注册方式',
  '公众号',
  '管理员姓名',
  '管理员身份证',
  '管理员手机',
  '邮箱',
  '小程序名称',
  '希望完成月份',
]
const good = [
  samples.subjectInfo.name,
  samples.subjectInfo.creditCode,
  '企业',
  '复用公众号',
  '示例服务号',
  samples.admin.name,
  samples.admin.idCardNumber,
  samples.admin.mobile,
  'MP-01@Example.com',
  samples.profile.name,
  '2027年3月',
]
const { columns } = matchHeaders(headers)
const read = (cells: string[]) => readPlanRow(cells, columns, currentRuleSet, '2026-12-01', 7)
const withCell = (index: number, value: string) => good.map((c, i) => (i === index ? value : c))

describe('matchHeaders', () => {
  it('finds the columns in any order, with spaces and full-width spaces, and names the unknown and missing', () => {
    const match = matchHeaders([' 邮箱 ', '备注', '管理员\u3000手机', '主体名称', '', '主体名称'])
    expect(match.columns).toEqual({ email: 0, mobile: 2, subjectName: 3 })
    expect(match.unknown).toEqual(['备注', '主体名称'])
    expect(match.missing).toEqual(['subjectType', 'path', 'adminName', 'idCard', 'miniProgramName'])
  })

  it('needs neither 公众号, 统一社会信用代码 nor 希望完成月份', () => {
    expect(
      matchHeaders(headers.filter((h) => h !== '公众号' && h !== '希望完成月份' && h !== '统一社会信用代码'))
        .missing,
    ).toEqual([])
  })
})

describe('readPlanRow', () => {
  it('reads a valid row, normalised by the field schemas', () => {
    const result = read(good)
    expect(result).toEqual({
      ok: true,
      value: {
        row: 7,
        subjectName: samples.subjectInfo.name,
        creditCode: samples.subjectInfo.creditCode,
        subjectType: 'enterprise',
        path: 'reuse',
        officialAccount: '示例服务号',
        adminName: samples.admin.name,
        idCard: samples.admin.idCardNumber,
        mobile: samples.admin.mobile,
        email: 'mp-01@example.com',
        miniProgramName: samples.profile.name,
        wishedMonth: '2027-03',
      },
    })
  })

  it('names each problem with its row and column, in Chinese, with the rule where one says so', () => {
    const cells = [...good]
    cells[1] = '91350100M000100Y44' // wrong check character
    cells[2] = '公司'
    cells[7] = '12345'
    cells[9] = '小程序'
    const result = read(cells)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((p) => [p.row, p.column, p.rule])).toEqual([
      [7, 'creditCode', 'CREDIT_CODE'],
      [7, 'subjectType', undefined],
      [7, 'mobile', 'MOBILE'],
      [7, 'miniProgramName', 'MP_NAME'],
    ])
    expect(result.problems[1]!.message).toBe(
      '「主体类型」填写的“公司”不是主体类型，请填写其中之一：企业、个体工商户、政府、媒体、其他组织、个人',
    )
    expect(result.problems[0]!.message).toMatch(/校验/)
  })

  it('requires 公众号 on the 复用公众号 path only, and a credit code except for an individual', () => {
    const noAccount = read(withCell(4, ''))
    expect(noAccount.ok || noAccount.problems.map((p) => p.column)).toEqual(['officialAccount'])
    expect(read(withCell(3, '不限').map((c, i) => (i === 4 ? '' : c))).ok).toBe(true)
    const individual = good.map((c, i) => (i === 2 ? '个人' : i === 1 ? '' : i === 3 ? '单独注册' : c))
    const result = read(individual)
    expect(result.ok && result.value.creditCode).toBeNull()
    const enterprise = read(withCell(1, ''))
    expect(enterprise.ok || enterprise.problems.map((p) => p.column)).toEqual(['creditCode'])
  })

  it('refuses a path and a month it cannot read, and reads an empty month as none', () => {
    const bad = read(good.map((c, i) => (i === 3 ? '快速注册' : i === 10 ? '明年春天' : c)))
    expect(bad.ok || bad.problems.map((p) => p.message)).toEqual([
      '「注册方式」填写的“快速注册”不是注册方式，请填写其中之一：单独注册、复用公众号、不限',
      '「希望完成月份」填写的“明年春天”不是月份，请按 年-月 填写，例如 2027-03',
    ])
    const none = read(withCell(10, ' '))
    expect(none.ok && none.value.wishedMonth).toBeNull()
  })

  it('checks the ID card against today and the subject type (an individual’s admin is an adult)', () => {
    const child = '110105201501010015'
    const result = read(good.map((c, i) => (i === 6 ? child : i === 2 ? '个人' : i === 3 ? '单独注册' : c)))
    expect(result.ok || result.problems.map((p) => [p.column, p.rule])).toEqual([
      ['idCard', 'ID_CARD_NUMBER'],
    ])
  })

  it('reads an empty row as every required column missing', () => {
    const result = readPlanRow([], columns, currentRuleSet, '2026-12-01', 3)
    expect(result.ok || result.problems.map((p) => p.column)).toEqual([
      'subjectName',
      'creditCode',
      'subjectType',
      'path',
      'adminName',
      'idCard',
      'mobile',
      'email',
      'miniProgramName',
    ])
  })
})

describe('readMonth', () => {
  it.each([
    ['2027-03', '2027-03'],
    ['2027/3', '2027-03'],
    ['２０２７年３月', '2027-03'],
    ['2027.12', '2027-12'],
    ['2027-03-15', '2027-03'],
    ['2027-13', null],
    ['03/2027', null],
  ])('%s → %s', (cell, month) => {
    expect(readMonth(cell)).toBe(month)
  })
})

describe('plannedRow', () => {
  it('keeps the ID card and mobile only masked, beside the caller’s hashes', () => {
    const result = read(good)
    if (!result.ok) throw new Error('expected a valid row')
    const row = plannedRow(result.value, { idCard: 'a'.repeat(64), mobile: 'b'.repeat(64) })
    expect(row.idCardMasked).toMatch(identityFormats.maskedIdCard)
    expect(row.mobileMasked).toMatch(identityFormats.maskedMobile)
    expect(JSON.stringify(row)).not.toContain(samples.admin.idCardNumber)
    expect(JSON.stringify(row)).not.toContain(samples.admin.mobile)
    expect(row).not.toHaveProperty('idCard')
  })
})
