// TEST SUPPORT ONLY: small, real image files as bytes, built by their formats' rules (PNG with stored deflate
// blocks, a 24-bit BMP) or copied from the formats' classic smallest files (GIF, JPEG).

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function adler32(bytes: Uint8Array): number {
  let a = 1
  let b = 0
  for (const byte of bytes) {
    a = (a + byte) % 65521
    b = (b + a) % 65521
  }
  return ((b << 16) | a) >>> 0
}

const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]
const u32le = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]
const u16le = (n: number) => [n & 0xff, (n >>> 8) & 0xff]

function concat(...parts: (Uint8Array | number[])[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat(
    [...type].map((c) => c.charCodeAt(0)),
    data,
  )
  return concat(u32be(data.length), body, u32be(crc32(body)))
}

/** zlib with stored (uncompressed) blocks: valid for any decoder, no compressor needed. */
function storedZlib(data: Uint8Array): Uint8Array {
  const blocks: (Uint8Array | number[])[] = [[0x78, 0x01]]
  for (let at = 0; at < data.length || at === 0; at += 65535) {
    const part = data.subarray(at, at + 65535)
    const last = at + 65535 >= data.length ? 1 : 0
    blocks.push([last, ...u16le(part.length), ...u16le(~part.length & 0xffff)], part)
    if (data.length === 0) break
  }
  blocks.push(u32be(adler32(data)))
  return concat(...blocks)
}

/** A green RGB PNG of `width`×`height`. */
export function pngBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  const row = [0, ...Array.from({ length: width }, () => [0x07, 0xc1, 0x60]).flat()]
  const pixels = new Uint8Array(Array.from({ length: height }, () => row).flat())
  const header = new Uint8Array([...u32be(width), ...u32be(height), 8, 2, 0, 0, 0])
  return concat(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', header),
    chunk('IDAT', storedZlib(pixels)),
    chunk('IEND', new Uint8Array()),
  )
}

/** A 24-bit BMP of `width`×`height` (BITMAPINFOHEADER, rows padded to 4 bytes). */
export function bmpBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  const rowSize = Math.ceil((width * 3) / 4) * 4
  const pixels = new Uint8Array(rowSize * height).fill(0x60)
  const header = [
    ...[0x42, 0x4d],
    ...u32le(54 + pixels.length),
    ...u32le(0),
    ...u32le(54),
    ...u32le(40),
    ...u32le(width),
    ...u32le(height),
    ...u16le(1),
    ...u16le(24),
    ...u32le(0),
    ...u32le(pixels.length),
    ...u32le(2835),
    ...u32le(2835),
    ...u32le(0),
    ...u32le(0),
  ]
  return concat(header, pixels)
}

/** The classic 1×1 GIF89a (43 bytes). */
export const gifBytes = new Uint8Array([
  0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xff, 0xff, 0xff, 0x00, 0x00,
  0x00, 0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
  0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b,
])

/** The start of a JFIF JPEG: SOI, then the APP0 segment. */
export const jpegHead = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
])

export function textBytes(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text)
}
