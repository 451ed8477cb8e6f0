// Which characters a free-text field holds: the kinds and symbols a rule set allows (AllowedCharacters), and the
// characters nobody types on purpose (zero-width, control and direction marks), which arrive by copy and paste.
// Refused with the character named, never silently stripped: the user copies these values to the platform, and
// what is copied must be what was checked.
import { joinList, t } from '../../i18n'
import type { RuleId } from '../rules/rule-ids'
import type { AllowedCharacters, CharacterKind } from '../rules/rule-set'
import { problem, type FieldProblem } from './field-problem'
import { isHan, toHalfWidth } from './text'

/** The field as a message names it: 名称, 介绍, 主体名称. */
export type TextField = 'miniProgramName' | 'intro' | 'subjectName'

export function characterKind(c: string): CharacterKind | null {
  if (c === ' ') return 'space'
  if (c >= '0' && c <= '9' && c.length === 1) return 'digit'
  if (/^[A-Za-z]$/.test(c)) return 'latin'
  return isHan(c) ? 'han' : null
}

export function isAllowedCharacter(c: string, allowed: AllowedCharacters): boolean {
  const kind = characterKind(c)
  return (kind !== null && allowed.kinds.includes(kind)) || allowed.symbols.includes(c)
}

/** A character as a message shows it: “<”, or in words where quotes would show nothing (空格). */
function shown(c: string): string {
  if (c === ' ') return t('fields.characters.space')
  if (c === '\u3000') return t('fields.characters.ideographicSpace')
  return t('fields.characters.quoted', { char: c })
}

// Brackets read as pairs: “（）” rather than “（”、“）”.
const pairs = new Map([
  ['（', '）'],
  ['(', ')'],
])

/** 汉字、英文字母、数字、空格和“-”、“+”、“&”、“.”: the allowed characters in words, from the rule set. */
export function allowedCharactersText(allowed: AllowedCharacters): string {
  const kinds = joinList(allowed.kinds.map((kind) => t(`fields.characters.kinds.${kind}`)))
  if (allowed.symbols.length === 0) return kinds
  const closers = new Set(
    allowed.symbols.flatMap((c) =>
      pairs.has(c) && allowed.symbols.includes(pairs.get(c)!) ? [pairs.get(c)!] : [],
    ),
  )
  const symbols = allowed.symbols
    .filter((c) => !closers.has(c))
    .map((c) => (pairs.has(c) && closers.has(pairs.get(c)!) ? shown(`${c}${pairs.get(c)!}`) : shown(c)))
  return t('fields.characters.kindsAndSymbols', { kinds, symbols: joinList(symbols) })
}

/** The first character the rule set does not allow, named, and how to fix it (a full-width form: its half). */
export function characterProblem(
  rule: RuleId,
  field: TextField,
  value: string,
  allowed: AllowedCharacters,
): FieldProblem | null {
  for (const c of value) {
    if (isAllowedCharacter(c, allowed)) continue
    const name = t(`fields.characters.field.${field}`)
    const half = toHalfWidth(c)
    if (half !== c && isAllowedCharacter(half, allowed)) {
      return problem(
        rule,
        t('fields.characters.fullWidth', { field: name, char: shown(c), half: shown(half) }),
      )
    }
    const params = { field: name, char: shown(c), allowed: allowedCharactersText(allowed) }
    return problem(rule, t('fields.characters.notAllowed', params))
  }
  return null
}

type Invisible = 'zeroWidth' | 'control' | 'direction'

const zeroWidth = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e'])
const direction = /^[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]$/
const control = /^[\p{Cc}\u2028\u2029]$/u
const emojiBefore = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f]$/u
const emojiAfter = /^\p{Extended_Pictographic}$/u

function invisibleKind(c: string): Invisible | null {
  if (zeroWidth.has(c)) return 'zeroWidth'
  if (direction.test(c)) return 'direction'
  return control.test(c) ? 'control' : null
}

/**
 * The first character a reader cannot see, refused with its position and code point. A field of several lines
 * keeps its line breaks; the joiner inside an emoji sequence (👨‍👩‍👧) is part of what is seen.
 */
export function invisibleProblem(
  rule: RuleId,
  field: TextField,
  value: string,
  options: { lineBreaks?: boolean } = {},
): FieldProblem | null {
  const chars = [...value]
  for (const [index, c] of chars.entries()) {
    if (options.lineBreaks && (c === '\n' || c === '\r')) continue
    const kind = invisibleKind(c)
    if (kind === null) continue
    const joinsEmoji =
      c === '\u200d' && emojiBefore.test(chars[index - 1] ?? '') && emojiAfter.test(chars[index + 1] ?? '')
    if (joinsEmoji) continue
    const code = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    const params = {
      field: t(`fields.characters.field.${field}`),
      position: index + 1,
      what: t(`fields.characters.invisible.${kind}`),
      code,
    }
    return problem(rule, t('fields.characters.invisibleFound', params))
  }
  return null
}
