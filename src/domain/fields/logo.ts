import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet, type RuleValues } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'

type LogoRule = RuleValues['MP_LOGO']

/** What the app knows of a chosen image file (never its bytes). */
export interface LogoMetadata {
  /** The file's name: the type is read from its extension when the browser reports none. */
  name: string
  /** The type the file claims (the browser's, from its extension). */
  type: string
  size: number
  width?: number
  height?: number
  /** The type its first bytes show: an accepted image type, or '' when they are none. Absent: not read. */
  contentType?: string
  /** Whether the browser could decode the picture. Absent: not tried (answers saved before it was). */
  decodable?: boolean
}

// Other names browsers and systems give the accepted types.
const typeAliases: Readonly<Record<string, string>> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-ms-bmp': 'image/bmp',
  'image/x-bmp': 'image/bmp',
}

const typesByExtension: Readonly<Record<string, string>> = {
  bmp: 'image/bmp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  png: 'image/png',
}

/** The MIME type, lower-cased and de-aliased; from the file name when the browser reported none. */
export function normaliseLogoType(type: string, name: string): string {
  const lower = type.trim().toLowerCase()
  if (lower !== '') return typeAliases[lower] ?? lower
  const dot = name.lastIndexOf('.')
  return dot === -1 ? '' : (typesByExtension[name.slice(dot + 1).toLowerCase()] ?? '')
}

/** 'PNG' for 'image/png'. */
function formatOf(type: string): string {
  return type.replace(/^image\//, '').toUpperCase()
}

/** 'BMP、JPEG、GIF、PNG' from the rule set's MIME types. */
export function logoFormats(rule: LogoRule): string {
  return rule.mimeTypes.map(formatOf).join(t('fields.separators.list'))
}

/** A file whose bytes are not what it claims, or that the browser cannot decode: what is wrong and what to do. */
function contentProblem(logo: LogoMetadata, rule: LogoRule): FieldProblem | null {
  const { contentType, type } = logo
  // rule: MP_LOGO — BMP, JPEG, GIF or PNG: in what the file holds, not only in its name
  if (contentType === '') {
    return problem('MP_LOGO', t('fields.logo.notAnImage', { formats: logoFormats(rule) }), ['contentType'])
  }
  if (contentType !== undefined && contentType !== type) {
    const params = { declared: formatOf(type), actual: formatOf(contentType) }
    return problem('MP_LOGO', t('fields.logo.contentMismatch', params), ['contentType'])
  }
  // rule: MP_LOGO — a picture the platform can show: one the browser can open at all
  if (logo.decodable === false) return problem('MP_LOGO', t('fields.logo.undecodable'), ['decodable'])
  return null
}

/** Bytes as the user thinks of them: '2 MB', '2.01 MB', '512 KB'. Rounded up, so an oversize file never reads as the limit. */
export function formatFileSize(bytes: number): string {
  const [unit, divisor] = bytes >= 1024 * 1024 ? ['MB', 1024 * 1024] : bytes >= 1024 ? ['KB', 1024] : ['B', 1]
  return `${Math.ceil((bytes / divisor) * 100) / 100} ${unit}`
}

export function logoProblems(logo: LogoMetadata, ruleSet: RuleSet): FieldProblem[] {
  const rule = requireRuleValue(ruleSet, 'MP_LOGO')
  const problems: FieldProblem[] = []
  // rule: MP_LOGO — BMP, JPEG, GIF or PNG
  if (!rule.mimeTypes.includes(logo.type)) {
    problems.push(problem('MP_LOGO', t('fields.logo.type', { formats: logoFormats(rule) }), ['type']))
  } else {
    const content = contentProblem(logo, rule)
    if (content) problems.push(content)
  }
  // rule: MP_LOGO — at most 2 MB
  if (logo.size > rule.maxBytes) {
    const params = { maxSize: formatFileSize(rule.maxBytes), size: formatFileSize(logo.size) }
    problems.push(problem('MP_LOGO', t('fields.logo.tooLarge', params), ['size']))
  }
  return problems
}

export interface LogoWarning {
  rule: 'MP_LOGO'
  kind: 'not-square' | 'small'
  message: string
}

/**
 * Advice, never a blocker: the platform crops a picture that is not square, and states no smallest or largest
 * pixel size, only the suggested 144×144 (setHeadImage: "实际头像始终为正方形"). Nothing without dimensions.
 */
export function logoWarnings(logo: LogoMetadata, ruleSet: RuleSet): LogoWarning[] {
  const { suggestedSide: side } = requireRuleValue(ruleSet, 'MP_LOGO')
  const { width, height } = logo
  if (width === undefined || height === undefined) return []
  const warnings: LogoWarning[] = []
  // rule: MP_LOGO — not square is a warning (144×144 suggested)
  if (width !== height) {
    warnings.push({
      rule: 'MP_LOGO',
      kind: 'not-square',
      message: t('fields.logo.notSquare', { width, height, side }),
    })
  }
  // rule: MP_LOGO — smaller than the suggested size shows blurred
  if (Math.min(width, height) < side) {
    warnings.push({ rule: 'MP_LOGO', kind: 'small', message: t('fields.logo.small', { side }) })
  }
  return warnings
}

/** 头像（LOGO）: file metadata in, normalised metadata out; errors for type, content and size, never pixels. */
export function createLogoSchema(ruleSet: RuleSet) {
  const unreadable = () => t('fields.logo.unreadable')
  const dimension = z.number({ error: unreadable }).int({ error: unreadable }).positive({ error: unreadable })
  return z
    .object(
      {
        name: z.string({ error: unreadable }),
        type: z.string({ error: unreadable }),
        size: z.number({ error: unreadable }).int({ error: unreadable }).nonnegative({ error: unreadable }),
        width: dimension.optional(),
        height: dimension.optional(),
        contentType: z.string({ error: unreadable }).optional(),
        decodable: z.boolean({ error: unreadable }).optional(),
      },
      { error: () => t('fields.logo.required') },
    )
    .overwrite((logo) => ({ ...logo, type: normaliseLogoType(logo.type, logo.name) }))
    .check(reportProblems((logo: LogoMetadata) => logoProblems(logo, ruleSet)))
}
