import type { ReactNode } from 'react'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { CheckboxField } from '../../../ui/form/checkbox-field'
import { InstructionList } from './instruction-list'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'
import '../../../i18n/wizard-messages'

interface InstructionStepProps extends StepBodyProps {
  /** What the user needs in front of them for this step (e.g. the values to type on the platform). */
  children?: ReactNode
}

/** A step done on the WeChat platform: what to click, then an explicit “我已完成这一步”. */
export function InstructionStep({ children, ...props }: InstructionStepProps) {
  const step = props.step
  const confirmed = props.flow.answers[step as 'open-platform'] !== undefined
  const { form, onSubmit, errorOf } = useStepForm(step, props, { confirmed }, ['confirmed'])
  return (
    <>
      <InstructionList flow={props.flow} step={step} ruleSet={props.ruleSet} />
      {children}
      <form onSubmit={onSubmit} noValidate>
        <CheckboxField
          id={fieldId('confirmed')}
          label={t('wizard.step.confirmDone')}
          error={errorOf('confirmed')}
          {...form.register('confirmed')}
        />
        <div className="button-row" id="step-actions" tabIndex={-1}>
          <Button type="submit">{t('form.next')}</Button>
        </div>
      </form>
    </>
  )
}
