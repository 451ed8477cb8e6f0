import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import type { StepBodyProps } from './step-body'

/** 下一步 on a step with nothing to type: the machine checks the recorded outcome. */
export function NextButton({ submit }: Pick<StepBodyProps, 'submit'>) {
  return (
    <div className="button-row" id="step-actions" tabIndex={-1}>
      <Button type="button" onClick={() => void submit({})}>
        {t('form.next')}
      </Button>
    </div>
  )
}
