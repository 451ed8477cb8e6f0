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
