// Small text helpers shared by the field schemas. Chinese input methods often type full-width characters
// (１３８, ＠, ｘ): fields made of ASCII characters fold them back before checking.

/** Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space as their half-width equivalents. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uff01-\uff5e\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  )
}

export function removeWhitespace(value: string): string {
  return value.replace(/\s+/g, '')
}

/** Characters as a reader counts them: a character outside the BMP (e.g. a rare Han character) is one. */
export function characterCount(value: string): number {
  return [...value].length
}

/** A Chinese character (Unicode script Han: CJK ideographs of every extension, 〇). */
export function isHan(c: string): boolean {
  return /^\p{Script=Han}$/u.test(c)
}

export function hanCount(value: string): number {
  let count = 0
  for (const c of value) if (isHan(c)) count += 1
  return count
}
