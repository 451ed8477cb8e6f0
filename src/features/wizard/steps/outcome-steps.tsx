import { useRef } from 'react'
import {
  certificationFee,
  isOrganisation,
  reuseCertification,
  reuseNeedsCertification,
  ruleValue,
  type CertTarget,
  type FlowState,
  type ReuseResult,
} from '../../../domain'
import { t } from '../../../i18n'
import { reuseResultLabel } from '../reuse-result-label'
import { Button } from '../../../ui/button'
import { formatDate, formatFee } from '../../../ui/format'
import { Notice } from '../../../ui/notice'
import { RecordChoice } from '../../../ui/form/record-choice'
import { ruleCitation } from '../../../ui/rules/rule-text'
import {
  CertificationRecord,
  recordControl,
  useFocusWhenChanged,
} from '../../../ui/certification/certification-record'
import { InstructionList } from './instruction-list'
import { NextButton } from './next-button'
import { RestartAfterFailure, SwitchToTransfer } from './restart-actions'
import type { StepBodyProps } from './step-body'
import '../../../i18n/wizard-messages'

/** The applications of `target` the registration recorded, and its subject type, for CertificationRecord. */
function certificationOf(flow: FlowState, target: CertTarget) {
  const applications =
    (target === 'mini-program' ? flow.outcomes.certification : flow.outcomes.oaCertification) ?? []
  return { applications, subjectType: flow.answers['subject-type']?.subjectType ?? 'enterprise' }
}

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
          fee: formatFee(certificationFee(props.ruleSet, type)),
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
        {...certificationOf(props.flow, 'mini-program')}
        target="mini-program"
        ruleSet={props.ruleSet}
        today={props.today}
        record={props.record}
        reportErrors={props.reportErrors}
        afterRejection={<SwitchToTransfer {...props} />}
      />
      <NextButton submit={props.submit} />
    </>
  )
}

/** Certify the official account first (rule: REUSE_OA_CERTIFIED), or switch to the standalone path. */
export function CertifyOaStep(props: StepBodyProps) {
  const type = props.flow.answers['subject-type']?.subjectType ?? 'enterprise'
  const fee = formatFee(certificationFee(props.ruleSet, type))
  return (
    <>
      <InstructionList flow={props.flow} step="certify-oa" ruleSet={props.ruleSet} />
      <p>{t('wizard.outcome.oaFee', { fee })}</p>
      <CertificationRecord
        {...certificationOf(props.flow, 'official-account')}
        target="official-account"
        ruleSet={props.ruleSet}
        today={props.today}
        record={props.record}
        reportErrors={props.reportErrors}
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

/**
 * 小额打款验证 (rule: TRANSFER_VERIFY): the deadline as a date, the day it was done; expired (asked twice: it
 * cannot be undone) means the registration failed, and the way on is a new one with a new email.
 */
export function TransferStep(props: StepBodyProps) {
  const transfer = props.flow.outcomes.transfer
  const days = ruleValue(props.ruleSet, 'TRANSFER_VERIFY')?.days ?? 0
  const control = (name: string, legend: string) => recordControl(name, legend, props.reportErrors)
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusWhenChanged(heading, transfer?.result ?? 'none')
  return (
    <>
      <InstructionList flow={props.flow} step="transfer" ruleSet={props.ruleSet} />
      <section className="outcome" aria-labelledby="record-transfer">
        <h2 id="record-transfer" ref={heading} tabIndex={-1}>
          {t('wizard.outcome.recordTitle')}
        </h2>
        {!transfer ? (
          <RecordChoice
            {...control('transfer-start', t('wizard.outcome.transferLegend'))}
            options={[{ value: 'started', label: t('wizard.outcome.transferStart') }]}
            requiredMessage={t('wizard.outcome.confirmChoice')}
            onRecord={() => props.record({ kind: 'transfer-started', on: props.today })}
          />
        ) : null}
        {transfer?.result === 'pending' ? (
          <>
            <p>{t('wizard.outcome.transferDeadline', { date: transfer.deadline, days })}</p>
            <RecordChoice
              {...control('transfer-result', t('wizard.outcome.transferResultLegend'))}
              options={[
                { value: 'done', label: t('wizard.outcome.transferDone') },
                {
                  value: 'expired',
                  label: t('wizard.outcome.transferExpired'),
                  confirm: {
                    title: t('wizard.outcome.expireConfirmTitle'),
                    body: t('wizard.outcome.expireConfirmBody'),
                    action: t('wizard.outcome.expireConfirmAction'),
                  },
                },
              ]}
              requiredMessage={t('wizard.outcome.chooseResult')}
              onRecord={(value) =>
                props.record(
                  value === 'done'
                    ? { kind: 'transfer-done', on: props.today }
                    : { kind: 'transfer-expired' },
                )
              }
            />
          </>
        ) : null}
        {transfer?.result === 'done' ? (
          <p>
            {transfer.doneOn
              ? t('wizard.outcome.transferDoneOn', { date: transfer.doneOn })
              : t('wizard.outcome.transferDoneBefore', { date: transfer.deadline })}
          </p>
        ) : null}
        {transfer?.result === 'expired' ? (
          <p>{t('wizard.outcome.transferExpiredValue', { date: transfer.deadline })}</p>
        ) : null}
      </section>
      {props.flow.status === 'failed' ? <RestartAfterFailure {...props} /> : null}
      {props.flow.status === 'active' ? <NextButton submit={props.submit} /> : null}
    </>
  )
}

/**
 * The reuse path's result (rule: REUSE_CERT_OUTCOME): registered, and certified, not certified (to be certified on
 * its own), 认证未成功, or pending. What the rule set expects is selected first; the operator records what the
 * platform actually shows. Not certified or failed: the mini program's own application, paying CERT_FEE.
 */
export function RegistrationResultStep(props: StepBodyProps) {
  const result = props.flow.outcomes.reuseResult
  const type = props.flow.answers['subject-type']?.subjectType ?? 'enterprise'
  const reuse = reuseCertification(props.ruleSet, type)
  const fee = formatFee(reuse.fee)
  const expected = reuseResultLabel(reuse.expected)
  return (
    <>
      <section className="outcome" aria-labelledby="record-result">
        <h2 id="record-result">{t('wizard.outcome.recordTitle')}</h2>
        <RecordChoice
          {...recordControl('reuse-result', t('wizard.outcome.reuseResultLegend'), props.reportErrors)}
          hint={
            reuse.certification === 'separate'
              ? t('wizard.outcome.reuseExpectedSeparate', {
                  expected,
                  since: reuse.since ? formatDate(reuse.since) : '',
                })
              : t('wizard.outcome.reuseExpectedIncluded', { expected })
          }
          options={reuse.outcomes.map((value) => ({ value, label: reuseResultLabel(value) }))}
          recorded={result}
          initial={reuse.expected}
          requiredMessage={t('wizard.outcome.chooseResult')}
          onRecord={(value) => props.record({ kind: 'reuse-result', result: value as ReuseResult })}
        />
        {result ? <p>{t('wizard.outcome.recordedAs', { result: reuseResultLabel(result) })}</p> : null}
      </section>
      {result && reuseNeedsCertification(result) ? (
        <Notice
          title={t(
            result === 'failed' ? 'wizard.outcome.reapplyTitle' : 'wizard.outcome.reuseNotCertifiedTitle',
          )}
          tone="warning"
        >
          <p>
            {t(
              result === 'failed' ? 'wizard.outcome.reuseFailedNote' : 'wizard.outcome.reuseNotCertifiedNote',
            )}
          </p>
          <p>
            {reuse.certification === 'included'
              ? t('wizard.outcome.reuseFailedFeeGuide')
              : t(result === 'failed' ? 'wizard.outcome.reuseFailedFee' : 'wizard.outcome.reuseSeparateFee', {
                  fee,
                })}
          </p>
          <CertificationRecord
            {...certificationOf(props.flow, 'mini-program')}
            target="mini-program"
            ruleSet={props.ruleSet}
            today={props.today}
            record={props.record}
            reportErrors={props.reportErrors}
          />
        </Notice>
      ) : null}
      {result === 'pending' ? <p>{t('wizard.outcome.reusePendingNote')}</p> : null}
      <NextButton submit={props.submit} />
    </>
  )
}
