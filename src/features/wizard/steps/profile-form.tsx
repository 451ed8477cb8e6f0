import type { LogoMetadata } from '../../../domain'
import { fieldHint, fieldLabel } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { TextAreaField, TextField } from '../../../ui/form/text-field'
import { LogoField } from './logo-field'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'

interface ProfileInput {
  name: string
  intro: string
  logo: LogoMetadata | undefined
}

/** 小程序名称, 介绍, 头像（LOGO）. */
export function ProfileForm(props: StepBodyProps) {
  const saved = props.flow.answers.profile
  const initial: ProfileInput = { name: saved?.name ?? '', intro: saved?.intro ?? '', logo: saved?.logo }
  const { form, onSubmit, errorOf } = useStepForm('profile', props, initial, ['name', 'intro', 'logo'])
  const logo = form.watch('logo')
  return (
    <form onSubmit={onSubmit} noValidate>
      <TextField
        id={fieldId('name')}
        label={fieldLabel('miniProgramName')}
        hint={fieldHint('miniProgramName', props.ruleSet)}
        width="medium"
        error={errorOf('name')}
        {...form.register('name')}
      />
      <TextAreaField
        id={fieldId('intro')}
        label={fieldLabel('intro')}
        hint={fieldHint('intro', props.ruleSet)}
        error={errorOf('intro')}
        {...form.register('intro')}
      />
      <LogoField
        id={fieldId('logo')}
        ruleSet={props.ruleSet}
        value={logo}
        error={errorOf('logo')}
        onChange={(meta) => form.setValue('logo', meta, { shouldDirty: true })}
      />
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
