import { useNavigate } from 'react-router'
import { requireRuleValue, restartReason, restartWithNewEmail } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { Notice } from '../../../ui/notice'
import { useCasesStore } from '../store/cases-store'
import { stepUrl } from '../urls'
import type { StepBodyProps } from './step-body'
import '../../../i18n/wizard-messages'

/** 用新邮箱重新注册: makes the new registration and opens its first step (the email). */
function useRestart(props: StepBodyProps) {
  const navigate = useNavigate()
  const restartCase = useCasesStore((s) => s.restartCase)
  return () => {
    const restarted = restartCase(props.item.id, props.today)
    if (!restarted.ok) {
      props.reportErrors([{ fieldId: 'step-actions', message: t('wizard.outcome.restartRefused') }])
      return
    }
    navigate(stepUrl(restarted.id, restarted.flow.current))
  }
}

/**
 * After a rejected certification, where the subject could verify by small transfer (rule: TRANSFER_VERIFY):
 * the method went to the platform with the subject (rule: SUBJECT_LOCKED), so the transfer takes a new
 * registration with a new email, the subject and admin kept. Nothing where that is not so.
 */
export function SwitchToTransfer(props: StepBodyProps) {
  const restart = useRestart(props)
  if (restartReason(props.flow) !== 'switch-to-transfer') return null
  return (
    <>
      <h3>{t('wizard.outcome.switchTitle')}</h3>
      <p>{t('wizard.outcome.switchBody')}</p>
      <div className="button-row">
        <Button variant="secondary" onClick={restart}>
          {t('wizard.outcome.switchAction')}
        </Button>
      </div>
    </>
  )
}

/**
 * A registration the platform failed (rule: TRANSFER_VERIFY): it stays in the list as failed, and the way on
 * is a new one, the page's one primary action. The admin is kept masked, except an individual's (rule:
 * ID_CARD_NUMBER: its age needs the full number), which the page says before the button is pressed.
 */
export function RestartAfterFailure(props: StepBodyProps) {
  const restart = useRestart(props)
  const preview = restartWithNewEmail(props.flow, props.today)
  if (!preview.ok) return null
  const age = requireRuleValue(props.ruleSet, 'ID_CARD_NUMBER').adultAge
  return (
    <Notice title={t('wizard.cases.failed')} tone="warning">
      <p>{t('wizard.outcome.transferFailed')}</p>
      <h3>{t('wizard.outcome.restartTitle')}</h3>
      <p>
        {preview.adminKept
          ? t('wizard.outcome.restartBody')
          : t('wizard.outcome.restartBodyNoAdmin', { age })}
      </p>
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button onClick={restart}>{t('wizard.outcome.restartAction')}</Button>
      </div>
    </Notice>
  )
}
