// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createLogoSchema, formatFileSize, logoWarnings } from './logo'
import { isUserMessage, parsed, rulesOf } from './test-support'

const logo = createLogoSchema(ruleSets.current)
const MB = 1024 * 1024
const png = { name: 'logo.png', type: 'image/png', size: 100_000, width: 144, height: 144 }
const typeMessage = '头像只能是BMP、JPEG、GIF、PNG格式的图片，请换一张'

function issues(value: unknown): [PropertyKey[], string][] {
  const result = logo.safeParse(value)
  return result.success ? [] : result.error.issues.map((i) => [i.path, i.message])
}

describe('logo metadata (rule: MP_LOGO)', () => {
  it.each(['image/bmp', 'image/jpeg', 'image/gif', 'image/png'])('accepts %s', (type) => {
    expect(issues({ ...png, type })).toEqual([])
  })

  it.each([
    ['image/jpg', 'image/jpeg'],
    ['IMAGE/PNG', 'image/png'],
    ['image/x-ms-bmp', 'image/bmp'],
  ])('reads the type %s as %s', (type, normalised) => {
    expect(parsed(logo, { ...png, type }).type).toBe(normalised)
  })

  it('reads the type from the file name when the browser reports none', () => {
    expect(parsed(logo, { ...png, name: 'Logo.JPG', type: '' }).type).toBe('image/jpeg')
    expect(issues({ ...png, name: 'logo', type: '' })).toEqual([[['type'], typeMessage]])
  })

  it('accepts exactly 2 MB and refuses 2 MB + 1 byte', () => {
    expect(issues({ ...png, size: 2 * MB })).toEqual([])
    expect(issues({ ...png, size: 2 * MB + 1 })).toEqual([
      [['size'], '图片不能超过2 MB，这张有2.01 MB，请压缩后再选'],
    ])
  })

  it.each(['image/svg+xml', 'image/webp', 'application/pdf'])('refuses %s', (type) => {
    expect(issues({ ...png, type })).toEqual([[['type'], typeMessage]])
  })

  it('reports type and size together', () => {
    expect(issues({ ...png, type: 'image/webp', size: 3 * MB })).toEqual([
      [['type'], typeMessage],
      [['size'], '图片不能超过2 MB，这张有3 MB，请压缩后再选'],
    ])
    expect(rulesOf(logo, { ...png, type: 'image/webp', size: 3 * MB })).toEqual(['MP_LOGO', 'MP_LOGO'])
  })

  it('never makes a non-square picture an error', () => {
    expect(issues({ ...png, width: 300, height: 100 })).toEqual([])
  })

  it('asks for a picture when there is none, and never shows zod English', () => {
    expect(issues(undefined)).toEqual([[[], '请选择头像图片']])
    const broken = issues({ name: 'a.png', type: 'image/png', size: -1, width: 1.5 })
    expect(broken.map(([, m]) => m)).toEqual([
      '读不到这张图片的信息，请重新选择图片',
      '读不到这张图片的信息，请重新选择图片',
    ])
    expect(broken.every(([, m]) => isUserMessage(m))).toBe(true)
  })
})

// rule: MP_LOGO, source: official — setHeadImage: "图片格式只支持：BMP、JPEG、JPG、GIF、PNG，大小不超过 2M" and
// "实际头像始终为正方形". The browser reads the file (src/platform/image-file.ts: its first bytes, a decode);
// the schema judges what it found.
describe('what the file holds (rule: MP_LOGO, source: official)', () => {
  const read = { ...png, contentType: 'image/png', decodable: true }

  it.each([
    ['a PNG that decodes', read],
    ['a JPEG named .jpg', { ...read, name: 'a.jpg', type: 'image/jpeg', contentType: 'image/jpeg' }],
    ['a BMP the browser calls image/x-ms-bmp', { ...read, type: 'image/x-ms-bmp', contentType: 'image/bmp' }],
    ['a GIF', { ...read, type: 'image/gif', contentType: 'image/gif' }],
    ['one saved before files were read (nothing known of its bytes)', png],
  ])('accepts %s', (_, value) => {
    expect(issues(value)).toEqual([])
  })

  it.each([
    [
      'a text file renamed .png',
      { ...read, contentType: '', decodable: false },
      [['contentType'], '这个文件的内容不是BMP、JPEG、GIF、PNG图片，可能只是改了扩展名。请换一张真正的图片'],
    ],
    [
      'a GIF named .png',
      { ...read, contentType: 'image/gif' },
      [['contentType'], '这个文件标为PNG格式，内容却是GIF图片。请用图片软件另存为PNG，或换一张'],
    ],
    [
      'a truncated PNG the browser cannot decode',
      { ...read, decodable: false, width: undefined, height: undefined },
      [['decodable'], '这张图片打不开，文件可能已损坏或不完整。请重新导出图片后再选'],
    ],
  ])('refuses %s', (_, value, expected) => {
    expect(issues(value)).toEqual([expected])
    expect(rulesOf(logo, value)).toEqual(['MP_LOGO'])
  })

  it('keeps what was read of the file', () => {
    expect(parsed(logo, read)).toEqual(read)
  })

  it('never refuses a picture for its pixel size: the rule only suggests 144×144', () => {
    for (const [width, height] of [
      [1, 1],
      [16, 16],
      [4000, 4000],
      [300, 100],
    ] as const) {
      expect(issues({ ...read, width, height })).toEqual([])
    }
  })
})

describe('logo warnings (rule: MP_LOGO)', () => {
  const rs = ruleSets.current

  it('has none for a square picture of the suggested size or larger', () => {
    expect(logoWarnings(png, rs)).toEqual([])
    expect(logoWarnings({ ...png, width: 512, height: 512 }, rs)).toEqual([])
  })

  it('warns that a picture that is not square will be cropped', () => {
    expect(logoWarnings({ ...png, width: 300, height: 200 }, rs)).toEqual([
      {
        rule: 'MP_LOGO',
        kind: 'not-square',
        message: '图片不是正方形（300×200），平台会裁剪；建议使用144×144的正方形图片',
      },
    ])
  })

  it('warns that a picture smaller than suggested may look blurred: 143 vs 144', () => {
    expect(logoWarnings({ ...png, width: 143, height: 143 }, rs).map((w) => w.kind)).toEqual(['small'])
    expect(logoWarnings({ ...png, width: 144, height: 144 }, rs)).toEqual([])
  })

  it('says nothing without dimensions', () => {
    expect(logoWarnings({ name: 'a.png', type: 'image/png', size: 1 }, rs)).toEqual([])
  })
})

describe('formatFileSize', () => {
  it.each([
    [2 * MB, '2 MB'],
    [2 * MB + 1, '2.01 MB'],
    [512 * 1024, '512 KB'],
    [500, '500 B'],
  ])('%i bytes read %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text)
  })
})
