import { useState } from 'react'
import type { LogoMetadata } from '../../../domain'
import { fieldHint, fieldLabel, miniProgramNameKey } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { TextAreaField, TextField } from '../../../ui/form/text-field'
import { useCasesStore } from '../store/cases-store'
import { readImageFile } from '../../../platform/image-file'
import { LogoField } from '../../../ui/form/logo-field'
import { nameUses, NameInUseNotice, type NameUse } from './name-in-use'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'

interface ProfileInput {
  name: string
  intro: string
  logo: LogoMetadata | undefined
}

interface NameWarning {
  /** The name as compared: a second 下一步 with the same name goes on. */
  key: string
  name: string
  uses: NameUse[]
}

/**
 * 小程序名称, 介绍, 头像（LOGO）. A name already used in this browser or in the ledger is warned of here, on
 * 下一步, where it can still be changed; pressing 下一步 again with the same name goes on (the platform decides).
 */
export function ProfileForm(props: StepBodyProps) {
  const saved = props.flow.answers.profile
  const initial: ProfileInput = { name: saved?.name ?? '', intro: saved?.intro ?? '', logo: saved?.logo }
  const [warning, setWarning] = useState<NameWarning | null>(null)
  const guarded: StepBodyProps = {
    ...props,
    async submit(values) {
      const name = String(values.name ?? '')
      const key = miniProgramNameKey(name)
      if (warning?.key !== key) {
        const uses = await nameUses(name, props.item.id, useCasesStore.getState().cases)
        if (uses.length > 0) {
          props.reportErrors([])
          setWarning({ key, name, uses })
          return
        }
      }
      await props.submit(values)
    },
  }
  const { form, onSubmit, errorOf } = useStepForm('profile', guarded, initial, ['name', 'intro', 'logo'])
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
      {warning ? <NameInUseNotice name={warning.name} uses={warning.uses} /> : null}
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
        readImage={readImageFile}
        error={errorOf('logo')}
        onChange={(meta) => {
          form.setValue('logo', meta, { shouldDirty: true })
          // The message spoke of the file chosen before (its type, its bytes): it is not this one's.
          form.clearErrors('logo')
        }}
      />
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
