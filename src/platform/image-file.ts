// What a chosen picture really is: the type its first bytes show (a file renamed .png is not a PNG) and whether
// the browser can decode it, with its size in pixels. The bytes are read here and never kept.

/** The first bytes of each accepted format, as the formats define them. */
const signatures: readonly { type: string; matches: (bytes: Uint8Array) => boolean }[] = [
  {
    type: 'image/png',
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { type: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  {
    type: 'image/gif',
    matches: (b) =>
      startsWith(b, [0x47, 0x49, 0x46, 0x38]) && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61,
  },
  // "BM", then at byte 14 the size of the header that follows: one of the BMP header sizes. Checking it keeps a
  // text file that happens to start with "BM" from passing for a picture.
  {
    type: 'image/bmp',
    matches: (b) => startsWith(b, [0x42, 0x4d]) && bmpHeaderSizes.has(readUint32LE(b, 14)),
  },
]

const bmpHeaderSizes = new Set([12, 16, 40, 52, 56, 64, 108, 124])

/** How many bytes `sniffImageType` reads. */
export const sniffLength = 18

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}

function readUint32LE(bytes: Uint8Array, at: number): number {
  if (bytes.length < at + 4) return -1
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
}

/** The type a file's first bytes show ('image/png' …), or '' when they are none of BMP, JPEG, GIF, PNG. */
export function sniffImageType(bytes: Uint8Array): string {
  return signatures.find((s) => s.matches(bytes))?.type ?? ''
}

export interface ImageFileFacts {
  contentType: string
  decodable: boolean
  width?: number
  height?: number
}

async function decodeWithBitmap(file: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(file)
  const size = { width: bitmap.width, height: bitmap.height }
  bitmap.close()
  return size
}

/** Where createImageBitmap is missing: an <img> on an object URL, and its natural size. */
function decodeWithImage(file: Blob): Promise<{ width: number; height: number }> {
  const url = URL.createObjectURL(file)
  const image = new Image()
  image.src = url
  return image
    .decode()
    .then(() => ({ width: image.naturalWidth, height: image.naturalHeight }))
    .finally(() => URL.revokeObjectURL(url))
}

/** Reads what a chosen file is: its real type, whether it decodes, and its size in pixels when it does. */
export async function readImageFile(file: Blob): Promise<ImageFileFacts> {
  const head = new Uint8Array(await file.slice(0, sniffLength).arrayBuffer())
  const contentType = sniffImageType(head)
  if (contentType === '') return { contentType, decodable: false }
  try {
    const decode = typeof createImageBitmap === 'function' ? decodeWithBitmap : decodeWithImage
    const { width, height } = await decode(file)
    if (width === 0 || height === 0) return { contentType, decodable: false }
    return { contentType, decodable: true, width, height }
  } catch {
    return { contentType, decodable: false }
  }
}
