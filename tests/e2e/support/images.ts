// Small, real image files as bytes for the logo field, and files that only pretend to be images.
import type { Page } from '@playwright/test'
import { pngBuffer } from './wizard'

export type FilePayload = { name: string; mimeType: string; buffer: Buffer }

/** The classic 1×1 GIF89a (43 bytes). */
export const gifBuffer = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64')

/** A 24-bit BMP of `width`×`height` (BITMAPINFOHEADER, rows padded to 4 bytes). */
export function bmpBuffer(width: number, height: number): Buffer {
  const rowSize = Math.ceil((width * 3) / 4) * 4
  const pixels = Buffer.alloc(rowSize * height, 0x60)
  const header = Buffer.alloc(54)
  header.write('BM', 0, 'ascii')
  header.writeUInt32LE(54 + pixels.length, 2)
  header.writeUInt32LE(54, 10)
  header.writeUInt32LE(40, 14)
  header.writeInt32LE(width, 18)
  header.writeInt32LE(height, 22)
  header.writeUInt16LE(1, 26)
  header.writeUInt16LE(24, 28)
  header.writeUInt32LE(pixels.length, 34)
  return Buffer.concat([header, pixels])
}

/** A JPEG of `side`×`side`, encoded by the browser itself (a canvas), so it is a real one. */
export async function jpegBuffer(page: Page, side: number): Promise<Buffer> {
  const dataUrl = await page.evaluate((s) => {
    const canvas = document.createElement('canvas')
    canvas.width = s
    canvas.height = s
    const context = canvas.getContext('2d')!
    context.fillStyle = '#07c160'
    context.fillRect(0, 0, s, s)
    return canvas.toDataURL('image/jpeg', 0.9)
  }, side)
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
}

/** A text file given a picture's name and type. */
export const textAsPng: FilePayload = {
  name: 'logo.png',
  mimeType: 'image/png',
  buffer: Buffer.from('这不是图片，只是改了扩展名。\n', 'utf8'),
}

/** A PNG cut short: its signature and header are whole, its pixels are not. */
export const truncatedPng: FilePayload = {
  name: 'cut.png',
  mimeType: 'image/png',
  buffer: pngBuffer(144, 144).subarray(0, 60),
}
