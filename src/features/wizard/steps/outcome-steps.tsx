import { certificationFee, isOrganisation, ruleValue } from '../../../domain'
import { t, type MessageKey } from '../../../i18n'
import { Button } from '../../../ui/button'
import { Notice } from '../../../ui/notice'
import { ruleCitation } from '../../../ui/rules/rule-text'
import { CertificationRecord } from './certification-record'
import { InstructionList } from './instruction-list'
import { NextButton } from './next-button'
import type { StepBodyProps } from './step-body'

const orgMaterials = [
  'business_licence',
  'cert_letter',
  'operator_id',
  'corporate_account',
  'trademark',
] as const

/** 微信认证 of a standalone mini program: the materials, the paid applications, and the result. */
export function CertificationStep(props: StepBodyProps) {
  const type = props.flow.answers['subject-type']?.subjectType ?? 'enterprise'
  const materials = isOrganisation(type) ? orgMaterials : (['personal_id', 'trademark'] as const)
  return (
    <>
      <InstructionList flow={props.flow} step="certification" ruleSet={props.ruleSet} />
      <p>
        {t('wizard.outcome.feeLine', {
          fee: certificationFee(props.ruleSet, type),
          citation: ruleCitation('CERT_FEE', props.ruleSet),
        })}
      </p>
      <h2>{t('wizard.outcome.materials')}</h2>
      <ul>
        {materials.map((m) => (
          <li key={m}>{t(`wizard.outcome.materialsList.${m}`)}</li>
        ))}
      </ul>
      <CertificationRecord
        flow={props.flow}
        target="mini-program"
        ruleSet={props.ruleSet}
        today={props.today}
        record={props.record}
      />
      <NextButton submit={props.submit} />
    </>
  )
}

/** Certify the official account first (rule: REUSE_OA_CERTIFIED), or switch to the standalone path. */
export function CertifyOaStep(props: StepBodyProps) {
  const type = props.flow.answers['subject-type']?.subjectType ?? 'enterprise'
  const fee = certificationFee(props.ruleSet, type)
  return (
    <>
      <InstructionList flow={props.flow} step="certify-oa" ruleSet={props.ruleSet} />
      <p>{t('wizard.outcome.oaFee', { fee })}</p>
      <CertificationRecord
        flow={props.flow}
        target="official-account"
        ruleSet={props.ruleSet}
        today={props.today}
        record={props.record}
      />
      <Notice title={t('wizard.step.switchToStandalone')}>
        <p>{t('wizard.outcome.switchInstead')}</p>
        <p>{t('wizard.step.switchExplain')}</p>
        <Button type="button" variant="secondary" onClick={() => props.switchPath('standalone')}>
          {t('wizard.step.switchToStandalone')}
        </Button>
      </Notice>
      <NextButton submit={props.submit} />
    </>
  )
}

/** 小额打款验证 (rule: TRANSFER_VERIFY): the deadline as a date; expired means the registration failed. */
export function TransferStep(props: StepBodyProps) {
  const transfer = props.flow.outcomes.transfer
  const days = ruleValue(props.ruleSet, 'TRANSFER_VERIFY')?.days ?? 0
  return (
    <>
      <InstructionList flow={props.flow} step="transfer" ruleSet={props.ruleSet} />
      <section className="outcome" aria-labelledby="record-transfer">
        <h2 id="record-transfer">{t('wizard.outcome.recordTitle')}</h2>
        {transfer?.result === 'pending' ? (
          <p>{t('wizard.outcome.transferDeadline', { date: transfer.deadline, days })}</p>
        ) : null}
        {transfer?.result === 'done' ? (
          <p>{t('wizard.outcome.transferDoneNote', { date: transfer.deadline })}</p>
        ) : null}
        {props.flow.status === 'failed' ? (
          <Notice title={t('wizard.cases.failed')} tone="warning">
            <p>{t('wizard.outcome.transferFailed')}</p>
          </Notice>
        ) : null}
        <div className="button-row">
          {!transfer ? (
            <Button type="button" onClick={() => props.record({ kind: 'transfer-started', on: props.today })}>
              {t('wizard.outcome.transferStart')}
            </Button>
          ) : null}
          {transfer?.result === 'pending' ? (
            <>
              <Button
                type="button"
                variant="secondary"
                onClick={() => props.record({ kind: 'transfer-done', on: props.today })}
              >
                {t('wizard.outcome.transferDone')}
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => props.record({ kind: 'transfer-expired' })}
              >
                {t('wizard.outcome.transferExpired')}
              </Button>
            </>
          ) : null}
        </div>
      </section>
      {props.flow.status === 'active' ? <NextButton submit={props.submit} /> : null}
    </>
  )
}

const results: readonly { value: 'certified' | 'failed' | 'pending'; label: MessageKey }[] = [
  { value: 'certified', label: 'wizard.outcome.reuseCertified' },
  { value: 'failed', label: 'wizard.outcome.reuseFailed' },
  { value: 'pending', label: 'wizard.outcome.reusePending' },
]

/** The reuse path's result (rule: REUSE_CERT_OUTCOME): registered, and certified, not certified, or pending. */
export function RegistrationResultStep(props: StepBodyProps) {
  const result = props.flow.outcomes.reuseResult
  const type = props.flow.answers['subject-type']?.subjectType ?? 'enterprise'
  const fee = certificationFee(props.ruleSet, type)
  const free = ruleValue(props.ruleSet, 'REUSE_CERT_OUTCOME')?.cost === 'free'
  return (
    <>
      <section className="outcome" aria-labelledby="record-result">
        <h2 id="record-result">{t('wizard.outcome.reuseResult')}</h2>
        <div className="button-row" role="group" aria-labelledby="record-result">
          {results.map((r) => (
            <Button
              key={r.value}
              type="button"
              variant={result === r.value ? 'primary' : 'secondary'}
              aria-pressed={result === r.value}
              onClick={() => props.record({ kind: 'reuse-result', result: r.value })}
            >
              {t(r.label)}
            </Button>
          ))}
        </div>
      </section>
      {result === 'failed' ? (
        <Notice title={t('wizard.outcome.reapplyTitle')} tone="warning">
          <p>{t('wizard.outcome.reuseFailedNote')}</p>
          <p>
            {free ? t('wizard.outcome.reuseFailedFeeGuide') : t('wizard.outcome.reuseFailedFee', { fee })}
          </p>
          <CertificationRecord
            flow={props.flow}
            target="mini-program"
            ruleSet={props.ruleSet}
            today={props.today}
            record={props.record}
          />
        </Notice>
      ) : null}
      {result === 'pending' ? <p>{t('wizard.outcome.reusePendingNote')}</p> : null}
      <NextButton submit={props.submit} />
    </>
  )
}
