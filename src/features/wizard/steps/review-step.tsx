import { useNavigate } from 'react-router'
import { isLocked, transition } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { useCasesStore } from '../store/cases-store'
import { summaryRows } from '../summary'
import { stepUrl } from '../urls'
import type { StepBodyProps } from './step-body'
import '../../../i18n/wizard-messages'

/**
 * Check answers: only what applies to the path, each with 修改 unless the platform has already taken it
 * (SUBJECT_LOCKED); 提交 submits once.
 */
export function ReviewStep(props: StepBodyProps) {
  const navigate = useNavigate()
  const saveFlow = useCasesStore((s) => s.saveFlow)
  const rows = summaryRows(props.flow)
  return (
    <>
      <h2>{t('wizard.review.summary')}</h2>
      <dl className="summary-list">
        {rows.map((row, index) => (
          <div className="summary-list__row" key={`${row.label}-${index}`}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
            <dd className="summary-list__action">
              {row.step && isLocked(props.flow, row.step) ? (
                <span className="summary-list__locked">{t('wizard.review.locked')}</span>
              ) : row.step ? (
                <a
                  href={stepUrl(props.item.id, row.step)}
                  onClick={(event) => {
                    event.preventDefault()
                    const result = transition(
                      props.flow,
                      { type: 'edit', step: row.step! },
                      { today: props.today },
                    )
                    if (!result.ok) return
                    saveFlow(props.item.id, result.state)
                    navigate(stepUrl(props.item.id, result.state.current))
                  }}
                >
                  {t('form.change')}
                  <span className="visually-hidden">{row.label}</span>
                </a>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="button" onClick={() => void props.submit({})}>
          {t('form.submit')}
        </Button>
      </div>
    </>
  )
}
