// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  defaultRuleSetId,
  matchHeaders,
  readPlanRow,
  ruleSets,
  sampleAdminName,
  sampleCreditCode,
  sampleEmail,
  sampleIdCard,
  sampleMiniProgramName,
  sampleMobile,
  sampleSubjectName,
} from '../../../domain'
import { addMessages } from '../../../i18n'
import { plan } from '../../../i18n/zh-CN/plan'
import { maxSheetBytes } from './decode'
import { readSheetBytes, readSheetText } from './read-sheet'
import { templateCsv } from './template'

addMessages('plan', plan)

/** Two valid rows in the template's column order: standalone, then reusing an official account. */
const dataRows = [
  [
    sampleSubjectName(0),
    sampleCreditCode(0),
    '企业',
    '单独注册',
    '',
    sampleAdminName(0),
    sampleIdCard(0),
    sampleMobile(0),
    sampleEmail(0),
    sampleMiniProgramName(0),
    '2027-03',
  ],
  [
    sampleSubjectName(1),
    sampleCreditCode(1),
    '企业',
    '复用公众号',
    '示例服务号',
    sampleAdminName(1),
    sampleIdCard(1),
    sampleMobile(1),
    sampleEmail(1),
    sampleMiniProgramName(1),
    '',
  ],
]
const filled = `${templateCsv()}${dataRows.map((cells) => cells.join(',')).join('\r\n')}\r\n`

describe('readSheetText and readSheetBytes', () => {
  it('read a filled-in template into rows the domain reads as valid', () => {
    const ruleSet = ruleSets[defaultRuleSetId]
    for (const sheet of [readSheetText(filled), readSheetBytes(new TextEncoder().encode(filled), 'auto')]) {
      if (!sheet.ok) throw new Error(sheet.message)
      const { columns, unknown, missing } = matchHeaders(sheet.headers)
      expect({ unknown, missing }).toEqual({ unknown: [], missing: [] })
      const read = sheet.rows.map((r) => readPlanRow(r.cells, columns, ruleSet, '2026-12-01', r.row))
      expect(read).toEqual([
        {
          ok: true,
          value: expect.objectContaining({ row: 2, subjectName: sampleSubjectName(0), path: 'standalone' }),
        },
        {
          ok: true,
          value: expect.objectContaining({ row: 3, officialAccount: '示例服务号', path: 'reuse' }),
        },
      ])
    }
  })

  it('say how a file was read', () => {
    expect(readSheetBytes(new TextEncoder().encode(filled), 'auto')).toMatchObject({
      ok: true,
      encoding: 'utf-8-bom',
      delimiter: ',',
    })
  })

  it('pass on refusals from decoding, with the previews to choose from, and from reading', () => {
    expect(readSheetBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'auto')).toMatchObject({
      ok: false,
      reason: 'binary',
      message: expect.stringContaining('Excel 工作簿'),
    })
    const unsure = readSheetBytes(new Uint8Array([0xe4, 0xb8, 0xbb, 0xff, 0x0a]), 'auto')
    expect(unsure).toMatchObject({
      ok: false,
      reason: 'unsure',
      previews: [{ encoding: 'utf-8' }, { encoding: 'gb18030' }],
    })
    expect(readSheetBytes(new TextEncoder().encode('主体名称\r\n'), 'auto')).toMatchObject({
      ok: false,
      reason: 'no-rows',
    })
  })

  it('refuse pasted text over the limit, naming it', () => {
    expect(readSheetText('a'.repeat(maxSheetBytes + 1))).toEqual({
      ok: false,
      reason: 'too-large',
      message: '粘贴的内容超过了本工具能读取的 20 MB。请删去不需要的行和列后再粘贴。',
    })
  })
})
