// How wide a mini program name is as the platform counts it: a Chinese (CJK) or full-width character counts 2,
// anything else 1. The ranges are the East Asian Wide and Fullwidth blocks (as in wcwidth), without emoji.
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width ASCII forms
  [0xffe0, 0xffe6], // full-width signs (￥ ￠ …)
  [0x20000, 0x2fffd], // CJK Unified Ideographs Extensions B–F, compatibility supplement
  [0x30000, 0x3fffd], // CJK Unified Ideographs Extensions G–H
]

export function isWideCharacter(c: string): boolean {
  const code = c.codePointAt(0) ?? 0
  return wideRanges.some(([from, to]) => code >= from && code <= to)
}

export function displayWidth(value: string): number {
  let width = 0
  for (const c of value) width += isWideCharacter(c) ? 2 : 1
  return width
}
