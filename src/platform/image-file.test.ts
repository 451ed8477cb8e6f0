// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bmpBytes, gifBytes, jpegHead, pngBytes, textBytes } from './image-bytes.test-support'
import { readImageFile, sniffImageType } from './image-file'

// What a chosen logo really is (rule: MP_LOGO — BMP, JPEG, GIF or PNG): its first bytes, whatever its name says.
// Real files' bytes here; whether Chromium decodes them is tested in tests/e2e/wizard-fields.spec.ts.

describe('the type a file’s first bytes show', () => {
  it.each([
    ['a PNG', pngBytes(2, 2), 'image/png'],
    ['a PNG cut short after its signature and header', pngBytes(144, 144).subarray(0, 30), 'image/png'],
    ['a GIF89a', gifBytes, 'image/gif'],
    ['a GIF87a', new Uint8Array([...textBytes('GIF87a'), 1, 0, 1, 0]), 'image/gif'],
    ['a JPEG', jpegHead, 'image/jpeg'],
    ['a BMP', bmpBytes(2, 2), 'image/bmp'],
    ['a text file renamed .png', textBytes('这不是图片，只是改了扩展名'), ''],
    ['a text file starting with BM', textBytes('BMW 预约服务说明文字'), ''],
    ['a WebP', new Uint8Array([...textBytes('RIFF'), 0, 0, 0, 0, ...textBytes('WEBPVP8 ')]), ''],
    ['an SVG', textBytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), ''],
    ['an empty file', new Uint8Array(), ''],
  ])('%s: %s', (_, bytes, type) => {
    expect(sniffImageType(bytes)).toBe(type)
  })
})

describe('reading a chosen file', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('does not try to decode a file that is no picture', async () => {
    const decode = vi.fn()
    vi.stubGlobal('createImageBitmap', decode)
    const facts = await readImageFile(new Blob([textBytes('hello')], { type: 'image/png' }))
    expect(facts).toEqual({ contentType: '', decodable: false })
    expect(decode).not.toHaveBeenCalled()
  })

  it('gives the size in pixels of a picture the browser decodes', async () => {
    const close = vi.fn()
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async () => ({ width: 200, height: 100, close })),
    )
    const facts = await readImageFile(new Blob([pngBytes(200, 100)]))
    expect(facts).toEqual({ contentType: 'image/png', decodable: true, width: 200, height: 100 })
    expect(close).toHaveBeenCalled()
  })

  it('reports a picture the browser cannot decode', async () => {
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async () => Promise.reject(new Error('broken'))),
    )
    const facts = await readImageFile(new Blob([pngBytes(144, 144).slice(0, 60)]))
    expect(facts).toEqual({ contentType: 'image/png', decodable: false })
  })
})
