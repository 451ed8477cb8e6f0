import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet, type RuleValues } from '../rules/rule-set'
import { problem, reportProblems, type FieldProblem } from './field-problem'

type LogoRule = RuleValues['MP_LOGO']

/** What the app knows of a chosen image file (never its bytes). */
export interface LogoMetadata {
  /** The file's name: the type is read from its extension when the browser reports none. */
  name: string
  type: string
  size: number
  width?: number
  height?: number
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

/** 'BMP、JPEG、GIF、PNG' from the rule set's MIME types. */
export function logoFormats(rule: LogoRule): string {
  return rule.mimeTypes
    .map((type) => type.replace(/^image\//, '').toUpperCase())
    .join(t('fields.separators.list'))
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

/** Advice, never a blocker: the platform crops a picture that is not square. Nothing without dimensions. */
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

/** 头像（LOGO）: file metadata in, normalised metadata out; errors for type and size only. */
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
      },
      { error: () => t('fields.logo.required') },
    )
    .overwrite((logo) => ({ ...logo, type: normaliseLogoType(logo.type, logo.name) }))
    .check(reportProblems((logo: LogoMetadata) => logoProblems(logo, ruleSet)))
}
