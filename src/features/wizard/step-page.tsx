import { useEffect, useState } from 'react'
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router'
import {
  firstIncomplete,
  isStepId,
  outline,
  ruleSets,
  transition,
  type FlowEvent,
  type FlowState,
  type QuotaFinding,
  type StepId,
} from '../../domain'
import { t } from '../../i18n'
import { identityHash } from '../../platform/identity-hash'
import { todayInChina } from '../../platform/clock'
import type { RegistrationCase } from '../../storage/wizard-cases'
import { PageHeading } from '../../ui/page-heading'
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary'
import { usePageTitle } from '../../ui/use-page-title'
import { ruleName } from '../../ui/rules/rule-text'
import { protectAdmin } from './protect-admin'
import { QuotaExplanation } from './quota-explanation'
import { useCasesStore } from './store/cases-store'
import { StepBody } from './steps/step-body-switch'
import { StepLead } from './step-lead'
import { StepProgress } from './step-progress'
import { stepTitle } from './step-title'
import { StepWarnings } from './step-warnings'
import { fieldId, type StepBodyProps } from './steps/step-body'
import { stepUrl } from './urls'
import { ledgerUsageFor, mergeUsage, syncLedger } from './ledger-sync'
import { usageFromCases, type AdminHashes } from './usage'
import './wizard.css'

/** Steps after which the ledger's record of the registration changes. */
const ledgerSteps = new Set<StepId>([
  'account',
  'subject-type',
  'subject-info',
  'oa-status',
  'admin',
  'profile',
  'review',
])

const rejectionMessage: Partial<Record<string, Parameters<typeof t>[0]>> = {
  'outcome-required': 'wizard.step.outcomeRequired',
  locked: 'wizard.step.locked',
  closed: 'wizard.step.closed',
}

/** The admin's keyed hashes: as the ledger knows them for a picked admin, else of the typed numbers. */
async function adminHashes(values: Record<string, unknown>): Promise<AdminHashes> {
  if (typeof values.idCardHash === 'string' && typeof values.mobileHash === 'string' && values.idCardHash) {
    return { idCard: values.idCardHash, mobile: values.mobileHash }
  }
  return {
    idCard: await identityHash('id-card', String(values.idCardNumber)),
    mobile: await identityHash('mobile', String(values.mobile)),
  }
}

/** One step of one registration: `/register/:caseId/:stepId`. */
export function StepPage() {
  const { caseId = '', stepId = '' } = useParams()
  const item = useCasesStore((s) => s.cases[caseId])
  const saveFlow = useCasesStore((s) => s.saveFlow)
  const today = todayInChina()

  const wanted = isStepId(stepId) ? stepId : null
  const visit =
    item && wanted && item.flow.current !== wanted
      ? transition(item.flow, { type: 'visit', step: wanted }, { today })
      : null

  useEffect(() => {
    if (item && visit?.ok) saveFlow(item.id, visit.state)
  }, [item, visit?.ok, visit?.state, saveFlow])

  if (!item) return <CaseNotFound />
  if (!wanted || (visit && !visit.ok)) {
    // The first step not done (the registration may stand on an earlier one after 上一步); once closed, where it is.
    const to = item.flow.status === 'active' ? firstIncomplete(item.flow) : item.flow.current
    return <Navigate replace to={stepUrl(item.id, to)} />
  }
  if (item.flow.current !== wanted) return null
  return <StepView key={`${item.id}/${wanted}`} item={item} step={wanted} today={today} />
}

function CaseNotFound() {
  const title = t('wizard.step.notFoundTitle')
  usePageTitle(title)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p>{t('wizard.step.notFoundBody')}</p>
      <p>
        <Link to="/register">{t('wizard.step.backToList')}</Link>
      </p>
    </>
  )
}

function StepView({ item, step, today }: { item: RegistrationCase; step: StepId; today: string }) {
  const navigate = useNavigate()
  const location = useLocation()
  const saveFlow = useCasesStore((s) => s.saveFlow)
  const allCases = useCasesStore((s) => s.cases)
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [attempt, setAttempt] = useState(0)
  const [blocked, setBlocked] = useState<QuotaFinding[] | null>(null)
  const flow = item.flow
  const ruleSet = ruleSets[flow.ruleSetId]
  const title = stepTitle(flow, step)

  const reportErrors = (list: SummaryError[]) => {
    setErrors(list)
    setAttempt((n) => n + 1)
  }

  const apply = (event: FlowEvent, options: { hashes?: AdminHashes; usage?: object } = {}) => {
    const result = transition(flow, event, { today, usage: options.usage })
    if (!result.ok) {
      if (result.reason === 'blocked') {
        setErrors([])
        setBlocked(result.findings.filter((f) => f.severity === 'block'))
      } else if (result.reason === 'invalid') {
        reportErrors(
          result.issues.map((issue) => ({
            fieldId: fieldId(issue.field.split('.')[0] || 'form'),
            message: issue.message,
          })),
        )
      } else {
        const key = rejectionMessage[result.reason ?? '']
        reportErrors([{ fieldId: 'step-actions', message: key ? t(key) : (result.reason ?? '') }])
      }
      return null
    }
    const next = options.hashes ? protectAdmin(result.state, options.hashes) : result.state
    return { state: next, warnings: result.findings.filter((f) => f.severity !== 'block') }
  }

  /** Save a step's result, writing it to the ledger first where the ledger keeps it; false if refused. */
  const commit = async (next: FlowState, clearDraft: boolean) => {
    if (ledgerSteps.has(step)) {
      const refusal = await syncLedger(item.id, next, today, ruleSet, item.clientId)
      if (refusal) {
        const emailTaken = (refusal as { reason?: string }).reason === 'email-in-use'
        reportErrors([
          {
            fieldId: 'step-actions',
            message: t(emailTaken ? 'wizard.step.ledgerEmailTaken' : 'wizard.step.ledgerRefused'),
          },
        ])
        return false
      }
    }
    saveFlow(item.id, next, clearDraft ? step : undefined)
    return true
  }

  const props: StepBodyProps = {
    item,
    flow,
    ruleSet,
    today,
    reportErrors,
    async submit(values) {
      const hashes = step === 'admin' ? await adminHashes(values) : undefined
      const local = usageFromCases(Object.values(allCases), item.id, step, values, hashes)
      const usage = mergeUsage(local, await ledgerUsageFor(item.id, step, values, today, hashes))
      const done = apply({ type: 'submit', values }, { hashes, usage })
      if (done && (await commit(done.state, true))) {
        navigate(stepUrl(item.id, done.state.current), { state: { warnings: done.warnings } })
      }
    },
    record(outcome) {
      const done = apply({ type: 'record', outcome })
      if (done) {
        saveFlow(item.id, done.state)
        setErrors([])
      }
    },
    switchPath(path) {
      const done = apply({ type: 'switch-path', path })
      if (!done) return
      saveFlow(item.id, done.state)
      // The registration on the old path kept no account yet if its email carried over; else it is freed.
      void syncLedger(item.id, done.state, today, ruleSet, item.clientId)
      navigate(stepUrl(item.id, done.state.current))
    },
  }

  const order = outline(flow).steps
  const previous = order[order.indexOf(step) - 1]
  const warnings = (location.state as { warnings?: QuotaFinding[] } | null)?.warnings ?? []
  const shown = blocked?.[0] ? t('wizard.quota.title', { rule: ruleName(blocked[0].ruleId) }) : title.document
  usePageTitle(`${errors.length > 0 ? t('form.titleErrorPrefix') : ''}${shown}`)

  return (
    <div className="wizard-step">
      <p className="wizard-step__back">
        {previous && flow.status === 'active' ? (
          <Link to={stepUrl(item.id, previous)} className="back-link">
            {t('form.back')}
          </Link>
        ) : (
          <Link to="/register" className="back-link">
            {t('wizard.step.backToList')}
          </Link>
        )}
      </p>
      <ErrorSummary errors={errors} attempt={attempt} />
      {blocked ? (
        <QuotaExplanation
          findings={blocked}
          flow={flow}
          ruleSet={ruleSet}
          today={today}
          onBack={() => setBlocked(null)}
          onSwitchPath={props.switchPath}
        />
      ) : (
        <>
          <StepProgress flow={flow} step={step} caption={title.progress} />
          <PageHeading>{title.heading}</PageHeading>
          <StepLead flow={flow} step={step} ruleSet={ruleSet} />
          <StepWarnings findings={warnings} ruleSet={ruleSet} />
          <StepBody step={step} {...props} />
        </>
      )}
    </div>
  )
}
