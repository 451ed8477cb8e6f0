import { useEffect, useState } from 'react'
import {
  fieldHint,
  fieldLabel,
  formatFileSize,
  logoWarnings,
  type LogoMetadata,
  type RuleSet,
} from '../../domain'
import { t } from '../../i18n'
import { describedBy, FieldError, Hint } from './field-parts'
import './form.css'
import './logo-field.css'
import '../../i18n/wizard-messages'

interface LogoFieldProps {
  id: string
  ruleSet: RuleSet
  value: LogoMetadata | undefined
  error?: string
  onChange: (meta: LogoMetadata | undefined) => void
  /** Opens the file (its first bytes, a decode for its pixel size): the platform's image reader, given by the feature. */
  readImage: (file: File) => Promise<Pick<LogoMetadata, 'width' | 'height' | 'contentType' | 'decodable'>>
}

/**
 * 头像（LOGO）: a real file input. The file is opened here (its first bytes, a decode for its pixel size); type,
 * content and size are checked on 下一步 by the step's schema; a non-square image is only a warning.
 */
export function LogoField({ id, ruleSet, value, error, onChange, readImage }: LogoFieldProps) {
  const [preview, setPreview] = useState<string | null>(null)
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview])

  const choose = async (file: File | undefined) => {
    if (!file) {
      onChange(undefined)
      setPreview(null)
      return
    }
    const facts = await readImage(file)
    const meta: LogoMetadata = { name: file.name, type: file.type, size: file.size, ...facts }
    onChange(meta)
    // Only a picture that decodes is previewed: a broken one would show the browser's broken-image icon.
    setPreview(facts.decodable ? URL.createObjectURL(file) : null)
  }

  const warnings = value && !error ? logoWarnings(value, ruleSet) : []
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {fieldLabel('logo')}
      </label>
      <Hint id={`${id}-hint`}>{fieldHint('logo', ruleSet)}</Hint>
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      <input
        id={id}
        type="file"
        accept={ruleSet.rules.MP_LOGO.value?.mimeTypes.join(',')}
        className="field__file"
        aria-describedby={describedBy(id, true, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      <p className="field__hint" aria-live="polite">
        {value
          ? t('form.fileChosen', { name: value.name, size: formatFileSize(value.size) })
          : t('form.noFileChosen')}
      </p>
      {warnings.map((warning) => (
        <p key={warning.kind} className="field__warning">
          {warning.message}
        </p>
      ))}
      {preview ? (
        <img
          src={preview}
          alt={t('wizard.fields.logoPreview')}
          className="logo-preview"
          width={144}
          height={144}
        />
      ) : null}
    </div>
  )
}
