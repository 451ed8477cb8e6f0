import { subjectTypes, type PublishProgress } from '../../domain'
import { t } from '../../i18n'
import { CheckboxField } from '../../ui/form/checkbox-field'
import { ChoiceGroup } from '../../ui/form/choice-group'
import { SelectField } from '../../ui/form/select-field'
import { subjectTypeName } from '../../ui/terms'
import './messages'

type About = NonNullable<PublishProgress['about']>

const k = 'publish.checklist.about' as const

/**
 * 这个小程序: the subject type, the path and how the subject was verified, where no ledger subject says them.
 * Each choice is saved as it is made; the checklist appears once the subject type is known.
 */
export function AboutForm({
  about,
  onChange,
}: {
  about: About | undefined
  onChange: (about: About) => void
}) {
  const current: About = about ?? { subjectType: 'enterprise', path: 'standalone', verifiedByTransfer: false }
  return (
    <fieldset className="fieldset about-form">
      <legend className="field__label">{t(`${k}.legend`)}</legend>
      {about ? null : <p className="field__hint">{t(`${k}.needed`)}</p>}
      <SelectField
        id="about-subject-type"
        label={t(`${k}.subjectType`)}
        placeholder={t(`${k}.subjectPlaceholder`)}
        options={subjectTypes.map((type) => ({ value: type, label: subjectTypeName(type) }))}
        value={about?.subjectType ?? ''}
        onChange={(event) => {
          const value = event.currentTarget.value
          const type = subjectTypes.find((s) => s === value)
          if (type) onChange({ ...current, subjectType: type })
        }}
      />
      {about ? (
        <>
          <ChoiceGroup
            id="about-path"
            legend={t(`${k}.path`)}
            type="radio"
            value={about.path}
            choices={[
              { value: 'standalone', label: t(`${k}.standalone`) },
              { value: 'reuse', label: t(`${k}.reuse`) },
            ]}
            inputProps={{
              name: 'about-path',
              onChange: (event) =>
                onChange({ ...about, path: event.currentTarget.value === 'reuse' ? 'reuse' : 'standalone' }),
            }}
          />
          {about.subjectType !== 'individual' && about.path === 'standalone' ? (
            <CheckboxField
              id="about-transfer"
              label={t(`${k}.transfer`)}
              checked={about.verifiedByTransfer}
              onChange={(event) => onChange({ ...about, verifiedByTransfer: event.currentTarget.checked })}
            />
          ) : null}
        </>
      ) : null}
    </fieldset>
  )
}
