// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { addMessages } from '../../../i18n'
import { plan } from '../../../i18n/zh-CN/plan'
import { decodeSheet, maxSheetBytes } from './decode'

addMessages('plan', plan)

const utf8 = (text: string) => new TextEncoder().encode(text)
const bytes = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((part) => [...part]))

// 主体名称,管理员姓名 CRLF 示例科技有限公司,张三 CRLF as Chinese Excel saves 「CSV（逗号分隔）」: GBK (checked
// against Python's codec: '…'.encode('gbk')).
const gbkSample = [
  0xd6, 0xf7, 0xcc, 0xe5, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb9, 0xdc, 0xc0, 0xed, 0xd4, 0xb1, 0xd0, 0xd5, 0xc3,
  0xfb, 0x0d, 0x0a, 0xca, 0xbe, 0xc0, 0xfd, 0xbf, 0xc6, 0xbc, 0xbc, 0xd3, 0xd0, 0xcf, 0xde, 0xb9, 0xab, 0xcb,
  0xbe, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0d, 0x0a,
]
const gbkText = '主体名称,管理员姓名\r\n示例科技有限公司,张三\r\n'

describe('decodeSheet: text', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeSheet(utf8(gbkText), 'auto')).toEqual({ ok: true, text: gbkText, encoding: 'utf-8' })
  })

  it('reads UTF-8 with a BOM, and strips it', () => {
    expect(decodeSheet(bytes([0xef, 0xbb, 0xbf], utf8(gbkText)), 'auto')).toEqual({
      ok: true,
      text: gbkText,
      encoding: 'utf-8-bom',
    })
  })

  it('reads GBK bytes as Excel and WPS save them', () => {
    expect(decodeSheet(new Uint8Array(gbkSample), 'auto')).toEqual({
      ok: true,
      text: gbkText,
      encoding: 'gb18030',
    })
  })

  it('still detects GBK when a name holds a character outside GB2312 (喆: 0x86 0xB4)', () => {
    const result = decodeSheet(bytes(gbkSample, [0xb9, 0xdc, 0x86, 0xb4, 0x0d, 0x0a]), 'auto')
    expect(result).toMatchObject({ ok: true, encoding: 'gb18030', text: `${gbkText}管喆\r\n` })
  })

  it('reads plain ASCII as UTF-8', () => {
    expect(decodeSheet(utf8('a,b\n1,2\n'), 'auto')).toMatchObject({ ok: true, encoding: 'utf-8' })
  })
})

describe('decodeSheet: unsure, and the user’s choice', () => {
  // UTF-8 Chinese with one byte neither encoding can hold (0xFF).
  const neither = bytes(utf8('主体名称,邮箱\n'), [0xff], utf8('示例\n'))
  // UTF-8 Chinese with a stray byte at the end: not UTF-8, yet valid GB18030 (涓讳綋鍚嶇О…, nonsense).
  const damaged = bytes(utf8('主体名称,管理员姓名'), [0xb0])
  // 主體名稱,管理員姓名,電子郵件 CRLF in Big5 (Python's codec): valid GB18030, half of it outside GB2312.
  const big5 = [
    0xa5, 0x44, 0xc5, 0xe9, 0xa6, 0x57, 0xba, 0xd9, 0x2c, 0xba, 0xde, 0xb2, 0x7a, 0xad, 0xfb, 0xa9, 0x6d,
    0xa6, 0x57, 0x2c, 0xb9, 0x71, 0xa4, 0x6c, 0xb6, 0x6c, 0xa5, 0xf3, 0x0d, 0x0a,
  ]

  it('asks the user to choose, showing the first line in each encoding, when the bytes fit neither', () => {
    const result = decodeSheet(neither, 'auto')
    expect(result).toEqual({
      ok: false,
      reason: 'unsure',
      message: '无法确定这个文件的文字编码。请看下面每种编码读出的第一行，选择中文显示正常的那一种。',
      previews: [
        { encoding: 'utf-8', sample: '主体名称,邮箱' },
        { encoding: 'gb18030', sample: expect.not.stringContaining('主体名称') },
      ],
    })
  })

  it('asks too when the bytes are valid GB18030 but read as unlikely characters (a damaged UTF-8 file)', () => {
    const result = decodeSheet(damaged, 'auto')
    expect(result).toMatchObject({ ok: false, reason: 'unsure' })
    expect(result.ok || result.previews).toEqual([
      { encoding: 'utf-8', sample: '主体名称,管理员姓名\uFFFD' },
      { encoding: 'gb18030', sample: expect.stringMatching(/^涓讳綋鍚嶇О,绠/) },
    ])
  })

  it('asks too when the bytes are valid GB18030 but read as unlikely characters (a Big5 file)', () => {
    const result = decodeSheet(new Uint8Array(big5), 'auto')
    expect(result).toMatchObject({ ok: false, reason: 'unsure' })
    // Read as GB18030: 砰嘿,恨瞶… with private-use characters between, nonsense.
    expect(result.ok || result.previews?.[1]).toEqual({
      encoding: 'gb18030',
      sample: expect.stringMatching(/^\uE64A砰[\uE000-\uF8FF]嘿,恨瞶/),
    })
  })

  it('decodes with the encoding the user chose', () => {
    expect(decodeSheet(damaged, 'gb18030')).toMatchObject({ ok: true, encoding: 'gb18030' })
    expect(decodeSheet(new Uint8Array(gbkSample), 'gb18030')).toEqual({
      ok: true,
      text: gbkText,
      encoding: 'gb18030',
    })
    expect(decodeSheet(utf8(gbkText), 'utf-8')).toEqual({ ok: true, text: gbkText, encoding: 'utf-8' })
  })

  it('refuses a chosen encoding that cannot hold the bytes, and says which to try', () => {
    expect(decodeSheet(new Uint8Array(gbkSample), 'utf-8')).toEqual({
      ok: false,
      reason: 'undecodable',
      message:
        '按 UTF-8 读取这个文件时遇到了无法识别的文字，它应该不是 UTF-8 编码。请改选 GB18030（GBK）再试。',
    })
    expect(decodeSheet(neither, 'gb18030')).toMatchObject({
      ok: false,
      reason: 'undecodable',
      message: expect.stringContaining('按 GB18030（GBK）读取这个文件时遇到了无法识别的文字'),
    })
  })
})

describe('decodeSheet: refusals', () => {
  it('refuses an empty file, a BOM-only file and a file of blank lines', () => {
    const empty = {
      ok: false,
      reason: 'empty',
      message: '这个文件是空的，没有任何内容。请选择填好的表格文件，或者下载模板、填写后再打开。',
    }
    expect(decodeSheet(new Uint8Array(0), 'auto')).toEqual(empty)
    expect(decodeSheet(new Uint8Array([0xef, 0xbb, 0xbf]), 'auto')).toEqual(empty)
    expect(decodeSheet(utf8('\r\n \t\r\n'), 'gb18030')).toEqual(empty)
  })

  it('refuses an .xlsx (a zip: PK) and tells the user to save it as CSV', () => {
    const xlsx = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], utf8('[Content_Types].xml'))
    expect(decodeSheet(xlsx, 'auto')).toEqual({
      ok: false,
      reason: 'binary',
      message:
        '这是一个 Excel 工作簿（.xlsx 或 .xls），不是 CSV 表格，本工具无法直接读取。请在 Excel 或 WPS 中打开它，选择「另存为」→「CSV」后，再打开另存的文件；也可以直接复制表格中的单元格，粘贴到这里。',
    })
  })

  it('refuses a PNG and random bytes with NULs as not a CSV', () => {
    const notCsv = {
      ok: false,
      reason: 'binary',
      message: expect.stringMatching(
        /^这个文件不是 CSV 表格.*请在 Excel 或 WPS 中打开表格，选择「另存为」→「CSV」/,
      ),
    }
    const png = [
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]
    expect(decodeSheet(new Uint8Array(png), 'auto')).toEqual(notCsv)
    const random = [0x3f, 0xa2, 0x00, 0x91, 0xe7, 0x12, 0x00, 0x7c, 0xff, 0x05, 0x41, 0x00, 0xc3, 0x28]
    expect(decodeSheet(new Uint8Array(random), 'utf-8')).toEqual(notCsv)
    // No NUL, but control characters no text has.
    expect(decodeSheet(bytes(utf8('a,b\n'), [0x01, 0x02, 0x1b, 0x7f, 0x03, 0x04]), 'auto')).toEqual(notCsv)
    // One NUL is enough, however much text surrounds it.
    expect(decodeSheet(bytes(utf8('a,b\n'.repeat(1000)), [0x00]), 'auto')).toEqual(notCsv)
  })

  it('refuses UTF-16 (Excel’s 「Unicode 文本」) and says how to save it instead', () => {
    expect(decodeSheet(new Uint8Array([0xff, 0xfe, 0x3b, 0x4e, 0x53, 0x4f]), 'auto')).toMatchObject({
      ok: false,
      reason: 'binary',
      message: expect.stringContaining('Unicode 文本（UTF-16 编码）'),
    })
  })

  it('refuses a file over the limit, naming the limit', () => {
    const big = new Uint8Array(maxSheetBytes + 1).fill(0x61)
    expect(decodeSheet(big, 'auto')).toEqual({
      ok: false,
      reason: 'too-large',
      message:
        '这个文件有 20.0 MB，超过了本工具能读取的 20 MB。请删去不需要的行和列，或把计划拆成几个表格分别打开。',
    })
    expect(decodeSheet(new Uint8Array(maxSheetBytes).fill(0x61), 'auto')).toMatchObject({ ok: true })
  })
})
