import { Suspense, lazy, useEffect, useState } from 'react'
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router'
import {
  firstIncomplete,
  isStepId,
  mergeUsage,
  registrationIdentities,
  ruleSets,
  stepIdentities,
  steps,
  transition,
  usageAmong,
  type AdminHashes,
  type FlowEvent,
  type FlowState,
  type QuotaFinding,
  type StepId,
  type Usage,
} from '../../domain'
import { t } from '../../i18n'
import { identityHash } from '../../platform/identity-hash'
import { todayInChina } from '../../platform/clock'
import { isDemoMode } from '../../platform/demo-mode'
import type { RegistrationCase } from '../../storage/wizard-cases'
import { PageHeading } from '../../ui/page-heading'
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary'
import { StorageProblemNotice } from './storage-problem-notice'
import { usePageTitle } from '../../ui/use-page-title'
import { ruleName } from '../../ui/rules/rule-text'
import { protectAdmin } from './protect-admin'
import { QuotaExplanation } from './quota-explanation'
import { useCasesStore } from './store/cases-store'
import { StepBody } from './steps/step-components'
import { StepLead } from './step-lead'
import { StepProgress } from './step-progress'
import { stepTitle } from './step-title'
import { StepWarnings } from './step-warnings'
import { fieldId, type StepBodyProps } from './steps/step-body'
import { stepUrl } from './urls'
import { ledgerUsageFor, syncLedger } from './ledger-sync'
import { rejectionText } from './rejection-text'
import { Notice } from '../../ui/notice'
import './wizard.css'
import '../../i18n/wizard-messages'

/** The admin's keyed hashes: as the ledger knows them for a picked admin, else of the typed numbers. */
async function adminHashes(values: Record<string, unknown>): Promise<AdminHashes> {
  if (typeof values.idCardHash === 'string' && typeof values.mobileHash === 'string' && values.idCardHash) {
    return { idCard: values.idCardHash, mobile: values.mobileHash }
  }
  const [idCard, mobile] = await Promise.all([
    identityHash('id-card', String(values.idCardNumber)),
    identityHash('mobile', String(values.mobile)),
  ])
  return { idCard, mobile }
}

// 演示模式's presenter, loaded only in demo mode: its code and messages stay out of the wizard's chunk.
const DemoStage = lazy(() => import('./demo/demo-stage').then((m) => ({ default: m.DemoStage })))

/** What the next page is told: the warnings of the step just done, and whether the ledger missed it. */
interface StepNavigationState {
  warnings?: QuotaFinding[]
  ledgerUnavailable?: boolean
}

/**
 * One step of one registration: `/register/:caseId/:stepId`. The URL says which step is shown; the flow machine
 * says whether it may be (a step done before, or the next one: 上一步 and the browser's Back land on a visit).
 */
export function StepPage() {
  const { caseId = '', stepId = '' } = useParams()
  const item = useCasesStore((s) => s.cases[caseId])
  const reloaded = useCasesStore((s) => s.reloaded)
  const today = todayInChina()

  const wanted = isStepId(stepId) ? stepId : null
  const visit =
    item && wanted && item.flow.current !== wanted
      ? transition(item.flow, { type: 'visit', step: wanted }, { today })
      : null

  if (!item) return <CaseNotFound />
  if (!wanted || (visit && !visit.ok)) {
    // The first step not done (the registration may stand on an earlier one after 上一步); once closed, where it is.
    const to = item.flow.status === 'active' ? firstIncomplete(item.flow) : item.flow.current
    return <Navigate replace to={stepUrl(item.id, to)} />
  }
  // A step just done has saved its next step while its own URL is still shown, until the navigation lands: the
  // page stays as it is meanwhile (a visit to itself), and no save undoes the step.
  const flow = visit?.ok ? visit.state : item.flow
  return (
    <StepView key={`${item.id}/${wanted}/${reloaded}`} item={item} flow={flow} step={wanted} today={today} />
  )
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

function StepView({
  item,
  flow,
  step,
  today,
}: {
  item: RegistrationCase
  /** The registration's flow standing on `step` (a visit when the saved flow stands elsewhere). */
  flow: FlowState
  step: StepId
  today: string
}) {
  const navigate = useNavigate()
  const location = useLocation()
  const saveFlow = useCasesStore((s) => s.saveFlow)
  const allCases = useCasesStore((s) => s.cases)
  const [errors, setErrors] = useState<SummaryError[]>([])
  const [attempt, setAttempt] = useState(0)
  const [blocked, setBlocked] = useState<QuotaFinding[] | null>(null)

  // Arrived by 上一步 or Back: the registration now stands here (the list and the flow map say so).
  const visited = item.flow.current !== step ? flow : null
  const [arrivedBy] = useState(visited)
  useEffect(() => {
    if (arrivedBy) saveFlow(item.id, arrivedBy)
  }, [arrivedBy, item.id, saveFlow])
  const ruleSet = ruleSets[flow.ruleSetId]
  const title = stepTitle(flow, step)

  const reportErrors = (list: SummaryError[]) => {
    setErrors(list)
    setAttempt((n) => n + 1)
  }

  const apply = (event: FlowEvent, options: { hashes?: AdminHashes; usage?: Usage } = {}) => {
    const result = transition(flow, event, { today, usage: options.usage })
    if (!result.ok) {
      const reason = result.reason ?? 'unknown-event'
      if (reason === 'blocked') {
        setErrors([])
        setBlocked(result.findings.filter((f) => f.severity === 'block'))
      } else if (reason === 'invalid') {
        reportErrors(
          result.issues.map((issue) => ({
            fieldId: fieldId(issue.field.split('.')[0] || 'form'),
            message: issue.message,
          })),
        )
      } else {
        reportErrors([{ fieldId: 'step-actions', message: rejectionText(reason) }])
      }
      return null
    }
    const next = options.hashes ? protectAdmin(result.state, options.hashes) : result.state
    return { state: next, warnings: result.findings.filter((f) => f.severity !== 'block') }
  }

  /**
   * Writes a step's result to the ledger, where the step changes the ledger's record, before it is saved. A
   * refusal keeps the user here (null); a ledger that cannot be written at all does not stop the registration,
   * and the next page says so. The caller then saves and goes on in the same task, so the page is rendered
   * once, as the next step.
   */
  const writeLedger = async (next: FlowState) => {
    const synced = steps[step].writesLedger
      ? await syncLedger(item.id, next, today, ruleSet, item.clientId)
      : ({ ok: true } as const)
    if (!synced.ok && synced.reason === 'quota') {
      setErrors([])
      setBlocked(synced.findings.filter((f) => f.severity === 'block'))
      return null
    }
    if (!synced.ok && synced.reason !== 'unavailable') {
      const message =
        synced.reason === 'email-in-use' ? 'wizard.step.ledgerEmailTaken' : 'wizard.step.ledgerRefused'
      reportErrors([{ fieldId: 'step-actions', message: t(message) }])
      return null
    }
    return { ledgerUnavailable: !synced.ok }
  }

  // The next step replaces this one in one synchronous render: no transition to slice, nothing painted between.
  const go = (to: StepId, state: StepNavigationState) =>
    navigate(stepUrl(item.id, to), { state, flushSync: true })

  const props: StepBodyProps = {
    step,
    item,
    flow,
    ruleSet,
    today,
    reportErrors,
    async submit(values) {
      const hashes = steps[step].privateFields ? await adminHashes(values) : undefined
      // What the values use, counted among this browser's other registrations and in the ledger.
      const query = stepIdentities(step, values, hashes)
      const others = Object.values(allCases)
        .filter((c) => c.id !== item.id)
        .map((c) => registrationIdentities(c.flow))
      const ledger = await ledgerUsageFor(item.id, query, today)
      const usage = mergeUsage(query ? usageAmong(query, others) : {}, ledger.ok ? ledger.usage : {})
      const done = apply({ type: 'submit', values }, { hashes, usage })
      const written = done && (await writeLedger(done.state))
      if (!done || !written) return
      saveFlow(item.id, done.state, step)
      go(done.state.current, {
        warnings: done.warnings,
        ledgerUnavailable: written.ledgerUnavailable || !ledger.ok,
      })
    },
    keep() {
      const done = apply({ type: 'continue' })
      if (!done) return
      saveFlow(item.id, done.state, step)
      go(done.state.current, {})
    },
    async record(outcome) {
      const done = apply({ type: 'record', outcome })
      if (!done) return
      saveFlow(item.id, done.state)
      setErrors([])
      // A result that ends the registration (the platform failed it) goes to the ledger at once.
      if (done.state.status === 'failed' && flow.status !== 'failed') {
        const synced = await syncLedger(item.id, done.state, today, ruleSet, item.clientId)
        if (!synced.ok)
          navigate(stepUrl(item.id, step), { state: { ledgerUnavailable: true }, replace: true })
      }
    },
    async switchPath(path) {
      const done = apply({ type: 'switch-path', path })
      if (!done) return
      saveFlow(item.id, done.state)
      // The registration on the old path kept no account yet if its email carried over; else it is freed.
      const synced = await syncLedger(item.id, done.state, today, ruleSet, item.clientId)
      go(done.state.current, { ledgerUnavailable: !synced.ok })
    },
  }

  const back = transition(flow, { type: 'back' }, { today })
  const previous = back.ok ? back.state.current : undefined
  const arrived = (location.state as StepNavigationState | null) ?? {}
  const warnings = arrived.warnings ?? []
  const shown = blocked?.[0] ? t('wizard.quota.title', { rule: ruleName(blocked[0].ruleId) }) : title.document
  usePageTitle(`${errors.length > 0 ? t('form.titleErrorPrefix') : ''}${shown}`)

  const page = (
    <div className="wizard-step">
      <p className="wizard-step__back">
        {previous ? (
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
      <StorageProblemNotice caseId={item.id} />
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
          <StepProgress flow={flow} caption={title.progress} />
          <p className="step-progress__map">
            <Link to={`/flow?case=${item.id}`}>{t('wizard.step.flowMap')}</Link>
          </p>
          <PageHeading>{title.heading}</PageHeading>
          <StepLead flow={flow} step={step} ruleSet={ruleSet} />
          <StepWarnings findings={warnings} ruleSet={ruleSet} />
          {arrived.ledgerUnavailable ? (
            <Notice title={t('wizard.step.ledgerUnavailableTitle')}>
              <p>{t('wizard.step.ledgerUnavailable')}</p>
            </Notice>
          ) : null}
          <StepBody {...props} />
        </>
      )}
    </div>
  )
  if (!isDemoMode()) return page
  return (
    <Suspense fallback={null}>
      <DemoStage body={props} previous={previous} halted={blocked !== null || errors.length > 0}>
        {page}
      </DemoStage>
    </Suspense>
  )
}
