import {
  categoryFiling,
  addMonths,
  certificationExpiry,
  certificationFee,
  createFieldSchemas,
  type LogoMetadata,
  fieldHint,
  certificationResult,
  lastApplication,
  recordOutcome,
  type CertTarget,
  type OutcomeEvent,
  icpStages,
  memberRoles,
  requireRuleValue,
  ruleValue,
  serviceCategories,
  type LocalDate,
  type PublishProgress,
  type PublishSubject,
  type PublishTaskId,
  type RuleSet,
} from '../../domain'
import { joinList, t } from '../../i18n'
import { CheckboxField } from '../../ui/form/checkbox-field'
import { useState, type FormEvent } from 'react'
import { readImageFile } from '../../platform/image-file'
import { Button } from '../../ui/button'
import { CertificationRecord } from '../../ui/certification/certification-record'
import { LogoField } from '../../ui/form/logo-field'
import { ChoiceGroup } from '../../ui/form/choice-group'
import type { SummaryError } from '../../ui/form/error-summary'
import { formatDate, formatFee } from '../../ui/format'
import { Notice } from '../../ui/notice'
import type { RecordFields } from './checklist-view'
import { useReportErrors } from '../../ui/form/form-errors'
import './messages'
import { TaskForm } from './task-form'
import {
  appIdFormSchema,
  certificationFormSchema,
  icpFormSchema,
  noteMaxLength,
  present,
  profileFormSchema,
  releaseFormSchema,
  reviewFormSchema,
  uploadFormSchema,
} from './task-schemas'

export interface TaskDetailProps {
  ruleSet: RuleSet
  today: LocalDate
  subject: PublishSubject
  progress: PublishProgress
  save: (next: PublishProgress) => Promise<void>
  record: RecordFields | undefined
  saveRecord: ((next: PublishProgress, fields: RecordFields) => Promise<void>) | undefined
  /** Problems for the page's error summary (a 记录 pressed with nothing chosen). */
  reportErrors: (errors: SummaryError[]) => void
  /** The server-domain editor, given by the page (it owns the lists' saving). */
  domains: React.ReactNode
}

const k = 'publish.checklist.tasks' as const

function CertificationDetail({ ruleSet, today, subject, progress, save, reportErrors }: TaskDetailProps) {
  const validity = ruleValue(ruleSet, 'CERT_VALIDITY')
  const applications = progress.certification?.applications ?? []
  const approvedOn = progress.certification?.approvedOn
  const expiry = approvedOn ? certificationExpiry(ruleSet, approvedOn) : null
  const approved = certificationResult(progress) === 'approved'
  const review = ruleValue(ruleSet, 'CERT_REVIEW_TIME')
  const reviewOpens =
    expiry && validity?.annualReview ? addMonths(expiry, -validity.annualReview.opensMonthsBefore) : null
  const record = (event: CertEvent) => {
    const next = recordOutcome({ certification: [...applications] }, event, ruleSet)
    if (typeof next === 'string') {
      reportErrors([{ fieldId: 'mini-program-review', message: t(`${k}.certification.notRecorded`) }])
      return
    }
    const list = next.certification ?? []
    const result = lastApplication(list)?.result
    const certification = {
      ...progress.certification,
      applications: list,
      ...(event.kind === 'cert-approved' ? { approvedOn: today } : {}),
    }
    const status = result === 'approved' ? 'done' : result === 'rejected' ? 'not-started' : 'in-progress'
    void save({ ...progress, certification, tasks: withStatus(progress, 'certification', status, today) })
  }
  const certifiedInLedger = subject.certStatus === 'certified' && applications.length === 0
  return (
    <>
      <p>{t(`${k}.certification.fee`, { fee: formatFee(certificationFee(ruleSet, subject.subjectType)) })}</p>
      {review ? (
        <p>{t(`${k}.certification.review`, { min: review.workingDays.min, max: review.workingDays.max })}</p>
      ) : null}
      {certifiedInLedger ? <p>{t(`${k}.certification.inLedger`)}</p> : null}
      {certifiedInLedger ? null : (
        <CertificationRecord
          applications={applications}
          subjectType={subject.subjectType}
          target="mini-program"
          ruleSet={ruleSet}
          today={today}
          record={(event) => record(event as CertEvent)}
          reportErrors={reportErrors}
          headingLevel={3}
        />
      )}
      {approved ? (
        <TaskForm
          id="certification"
          taskTitle={t(`${k}.certification.title`)}
          schema={certificationFormSchema(today)}
          values={{ approvedOn: approvedOn ?? '' }}
          fields={[{ name: 'approvedOn', kind: 'date', label: t(`${k}.certification.approvedOn`) }]}
          onSave={async (values) => {
            const { approvedOn: _old, ...rest } = progress.certification ?? {}
            const day = values.approvedOn.trim()
            await save({ ...progress, certification: day ? { ...rest, approvedOn: day } : rest })
          }}
        />
      ) : null}
      {expiry ? <p>{t(`${k}.certification.expiry`, { date: formatDate(expiry) })}</p> : null}
      {reviewOpens ? <p>{t(`${k}.certification.reviewOpensOn`, { date: formatDate(reviewOpens) })}</p> : null}
      {validity?.annualReview ? (
        <>
          <p>{t(`${k}.certification.reviewOpens`, { months: validity.annualReview.opensMonthsBefore })}</p>
          <ul>
            {validity.annualReview.lapses.map((lapse) => {
              const loses = joinList(lapse.loses.map((l) => t(`${k}.certification.loses.${l}`)))
              return (
                <li key={lapse.daysAfterExpiry}>
                  {lapse.daysAfterExpiry === 0
                    ? t(`${k}.certification.lapseNow`, { loses })
                    : t(`${k}.certification.lapse`, { days: lapse.daysAfterExpiry, loses })}
                </li>
              )
            })}
          </ul>
        </>
      ) : null}
    </>
  )
}

type CertEvent = Extract<OutcomeEvent, { target: CertTarget }>

/** The progress's task records with `id` set to `status` (kept as it is when `status` is undefined). */
export function withStatus(
  progress: PublishProgress,
  id: PublishTaskId,
  status: 'in-progress' | 'done' | 'not-started' | undefined,
  on?: LocalDate,
): PublishProgress['tasks'] {
  const tasks = { ...progress.tasks }
  if (status === undefined) return tasks
  if (status === 'not-started') delete tasks[id]
  else tasks[id] = { status, ...(on ? { on } : {}) }
  return tasks
}

/** 头像（LOGO）: the file chosen here is checked against MP_LOGO by the domain's schema; only its facts are kept. */
function LogoRecord({ ruleSet, progress, save }: TaskDetailProps) {
  const report = useReportErrors()
  const [logo, setLogo] = useState<LogoMetadata | undefined>(progress.profile?.logo)
  const [error, setError] = useState<string | undefined>()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = createFieldSchemas(ruleSet).logo.safeParse(logo)
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? t(`${k}.profile.logoMissing`)
      setError(message)
      report([{ fieldId: 'profile-logo', message }])
      return
    }
    setError(undefined)
    report([])
    void save({ ...progress, profile: { ...progress.profile, logo: logo! } })
  }
  return (
    <form className="task-form" noValidate onSubmit={submit}>
      <LogoField
        id="profile-logo"
        ruleSet={ruleSet}
        value={logo}
        error={error}
        readImage={readImageFile}
        onChange={(meta) => {
          setLogo(meta)
          setError(undefined)
        }}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary">
          {t(`${k}.profile.logoSave`)}
        </Button>
      </div>
    </form>
  )
}

function ProfileDetail(props: TaskDetailProps) {
  const { ruleSet, progress, save, record, saveRecord } = props
  const name = requireRuleValue(ruleSet, 'MP_NAME')
  const intro = requireRuleValue(ruleSet, 'MP_INTRO')
  const logo = requireRuleValue(ruleSet, 'MP_LOGO')
  const filingDays = categoryFiling(ruleSet, progress.profile?.category)
  return (
    <>
      <p>
        {t(`${k}.profile.limits`, {
          name: name.changesPerYear,
          intro: intro.editsPerMonth,
          logo: logo.changesPerYear,
        })}
      </p>
      <p>{t(`${k}.profile.categoryNote`)}</p>
      {filingDays !== null ? (
        <Notice title={t(`${k}.profile.categories.${progress.profile!.category!}`)} tone="warning">
          <p>{t(`${k}.profile.filing`, { days: filingDays })}</p>
        </Notice>
      ) : null}
      <TaskForm
        id="profile"
        taskTitle={t(`${k}.profile.title`)}
        schema={profileFormSchema(ruleSet)}
        values={{
          name: record?.name ?? progress.profile?.name ?? '',
          intro: progress.profile?.intro ?? '',
          shortName: progress.profile?.shortName ?? '',
          category: progress.profile?.category ?? '',
        }}
        fields={[
          {
            name: 'name',
            kind: 'text',
            label: t(`${k}.profile.name`),
            hint: fieldHint('miniProgramName', ruleSet),
          },
          {
            name: 'intro',
            kind: 'text',
            label: t(`${k}.profile.intro`),
            hint: fieldHint('intro', ruleSet),
            width: 'long',
          },
          {
            name: 'shortName',
            kind: 'text',
            label: t(`${k}.profile.shortName`),
            hint: t(`${k}.profile.shortNameHint`),
          },
          {
            name: 'category',
            kind: 'select',
            label: t(`${k}.profile.category`),
            placeholder: t(`${k}.profile.categoryPlaceholder`),
            options: serviceCategories.map((c) => ({ value: c, label: t(`${k}.profile.categories.${c}`) })),
          },
        ]}
        onSave={async (values) => {
          const logo = progress.profile?.logo
          const profile = { ...(present(values) as PublishProgress['profile']), ...(logo ? { logo } : {}) }
          const next = { ...progress, profile }
          // A ledger record keeps the name itself, where the ledger and the name check read it.
          if (saveRecord && profile?.name) await saveRecord(next, { name: profile.name })
          else await save(next)
        }}
      />
      <LogoRecord {...props} />
    </>
  )
}

function IcpDetail({ ruleSet, today, progress, save }: TaskDetailProps) {
  const icp = ruleValue(ruleSet, 'ICP_FILING')
  const sms = ruleValue(ruleSet, 'ICP_SMS_VERIFY')
  return (
    <>
      {icp ? <p>{t(`${k}.icp-filing.required`, { date: formatDate(icp.requiredSince) })}</p> : null}
      <ol className="icp-stages">
        {icp ? (
          <li>{t(`${k}.icp-filing.stages.precheck`, { min: icp.precheck.min, max: icp.precheck.max })}</li>
        ) : null}
        {sms ? <li>{t(`${k}.icp-filing.stages.sms`, { hours: sms.hours })}</li> : null}
        {icp ? (
          <li>{t(`${k}.icp-filing.stages.authority`, { min: icp.authority.min, max: icp.authority.max })}</li>
        ) : null}
      </ol>
      <p>{t(`${k}.icp-filing.prepare`)}</p>
      <TaskForm
        id="icp-filing"
        taskTitle={t(`${k}.icp-filing.title`)}
        schema={icpFormSchema(today)}
        values={{
          stage: progress.icp?.stage ?? '',
          submittedOn: progress.icp?.submittedOn ?? '',
          filingNumber: progress.icp?.filingNumber ?? '',
        }}
        fields={[
          { name: 'submittedOn', kind: 'date', label: t(`${k}.icp-filing.submittedOn`) },
          {
            name: 'stage',
            kind: 'select',
            label: t(`${k}.icp-filing.stage`),
            placeholder: t(`${k}.icp-filing.stagePlaceholder`),
            options: icpStages.map((s) => ({ value: s, label: t(`${k}.icp-filing.stageNames.${s}`) })),
          },
          {
            name: 'filingNumber',
            kind: 'text',
            label: t(`${k}.icp-filing.filingNumber`),
            hint: t(`${k}.icp-filing.filingNumberHint`),
          },
        ]}
        onSave={async (values) => {
          const icpRecord = present(values) as PublishProgress['icp']
          // A filing number is the filing done; a submission or a stage, begun.
          const status = icpRecord?.filingNumber
            ? 'done'
            : icpRecord?.submittedOn || icpRecord?.stage
              ? 'in-progress'
              : undefined
          await save({
            ...progress,
            icp: icpRecord,
            tasks: withStatus(
              progress,
              'icp-filing',
              status,
              status === 'done' ? today : icpRecord?.submittedOn,
            ),
          })
        }}
      />
    </>
  )
}

function PrivacyDetail({ progress, save }: TaskDetailProps) {
  const value =
    progress.privacy === undefined ? undefined : progress.privacy.collectsPersonalData ? 'yes' : 'no'
  return (
    <>
      <ChoiceGroup
        id="privacy-collects"
        legend={t(`${k}.privacy-guide.collects`)}
        type="radio"
        inline
        value={value}
        choices={[
          { value: 'yes', label: t(`${k}.privacy-guide.yes`) },
          { value: 'no', label: t(`${k}.privacy-guide.no`) },
        ]}
        inputProps={{
          name: 'privacy-collects',
          onChange: (event) =>
            void save({
              ...progress,
              privacy: { collectsPersonalData: event.currentTarget.value === 'yes' },
            }),
        }}
      />
      {value === 'no' ? <p>{t(`${k}.privacy-guide.notNeeded`)}</p> : null}
    </>
  )
}

function DevelopersDetail({ progress, save }: TaskDetailProps) {
  return (
    <>
      <p>{t(`${k}.developers.limitsUnknown`)}</p>
      <fieldset className="member-counts">
        <legend>{t(`${k}.developers.roles`)}</legend>
        {memberRoles.map((role) => (
          <div className="field" key={role}>
            <label className="field__label" htmlFor={`members-${role}`}>
              {t(`${k}.developers.roleNames.${role}`)}
            </label>
            <input
              id={`members-${role}`}
              className="field__input field__input--short"
              type="number"
              inputMode="numeric"
              min={0}
              max={999}
              defaultValue={progress.members?.[role] ?? ''}
              onBlur={(event) => {
                const n = Number(event.currentTarget.value)
                const members = { ...progress.members }
                if (event.currentTarget.value === '' || !Number.isInteger(n) || n < 0 || n > 999)
                  delete members[role]
                else members[role] = n
                if (members[role] !== progress.members?.[role]) void save({ ...progress, members })
              }}
            />
          </div>
        ))}
      </fieldset>
    </>
  )
}

function DevSettingsDetail({ ruleSet, progress, save, record, saveRecord, domains }: TaskDetailProps) {
  const saved = progress.settings?.appSecretSaved === true
  return (
    <>
      {saveRecord ? (
        <TaskForm
          id="dev-settings"
          taskTitle={t(`${k}.dev-settings.appId`)}
          schema={appIdFormSchema(ruleSet)}
          values={{ appId: record?.appId ?? '' }}
          fields={[
            {
              name: 'appId',
              kind: 'text',
              label: t(`${k}.dev-settings.appId`),
              hint: t(`${k}.dev-settings.appIdHint`),
            },
          ]}
          onSave={async ({ appId: value }) => saveRecord(progress, { appId: value })}
        />
      ) : null}
      <CheckboxField
        id="app-secret-saved"
        label={t(`${k}.dev-settings.appSecret`)}
        hint={t(`${k}.dev-settings.appSecretWhy`)}
        checked={saved}
        onChange={(event) =>
          void save({
            ...progress,
            settings: { ...progress.settings, appSecretSaved: event.currentTarget.checked },
          })
        }
      />
      <h3>{t(`${k}.dev-settings.domains`)}</h3>
      {domains}
    </>
  )
}

function UploadDetail({ progress, save }: TaskDetailProps) {
  return (
    <TaskForm
      id="upload"
      taskTitle={t(`${k}.upload.title`)}
      schema={uploadFormSchema()}
      values={{ version: progress.upload?.version ?? '', note: progress.upload?.note ?? '' }}
      fields={[
        {
          name: 'version',
          kind: 'text',
          label: t(`${k}.upload.version`),
          hint: t(`${k}.upload.versionHint`),
          width: 'short',
        },
        {
          name: 'note',
          kind: 'text',
          label: t(`${k}.upload.note`),
          hint: t(`${k}.upload.noteHint`, { max: noteMaxLength }),
          width: 'long',
        },
      ]}
      onSave={async (values) => {
        await save({ ...progress, upload: present(values) })
      }}
    />
  )
}

function ReviewDetail({ ruleSet, today, progress, save }: TaskDetailProps) {
  const review = ruleValue(ruleSet, 'CODE_REVIEW')
  const expedited = ruleValue(ruleSet, 'EXPEDITED_REVIEW')
  return (
    <>
      {review ? (
        <p>{t(`${k}.review.time`, { min: review.workingDays.min, max: review.workingDays.max })}</p>
      ) : null}
      {ruleValue(ruleSet, 'REVIEW_ONE_AT_A_TIME') ? <p>{t(`${k}.review.oneAtATime`)}</p> : null}
      {expedited ? (
        <p>
          {t(`${k}.review.expedited`, {
            perYear: expedited.perYear,
            min: expedited.hours.min,
            max: expedited.hours.max,
          })}
        </p>
      ) : null}
      <TaskForm
        id="review"
        taskTitle={t(`${k}.review.title`)}
        schema={reviewFormSchema(today)}
        values={{ submittedOn: progress.review?.submittedOn ?? '' }}
        fields={[{ name: 'submittedOn', kind: 'date', label: t(`${k}.review.submittedOn`) }]}
        onSave={async (values) => {
          const review = present(values)
          const begun = review.submittedOn && progress.tasks.review?.status !== 'done'
          await save({
            ...progress,
            review,
            tasks: withStatus(progress, 'review', begun ? 'in-progress' : undefined, review.submittedOn),
          })
        }}
      />
    </>
  )
}

function ReleaseDetail({ today, progress, save }: TaskDetailProps) {
  return (
    <TaskForm
      id="release"
      taskTitle={t(`${k}.release.title`)}
      schema={releaseFormSchema(today)}
      values={{ releasedOn: progress.releasedOn ?? '' }}
      fields={[{ name: 'releasedOn', kind: 'date', label: t(`${k}.release.releasedOn`) }]}
      onSave={async ({ releasedOn }) => {
        const { releasedOn: _old, ...rest } = progress
        const day = releasedOn.trim()
        await save(
          day
            ? { ...rest, releasedOn: day, tasks: withStatus(progress, 'release', 'done', day) }
            : { ...rest, tasks: withStatus(progress, 'release', 'not-started') },
        )
      }}
    />
  )
}

/** What a task records beyond its status, and what the rule set says of it. */
export const taskDetails: Partial<Record<PublishTaskId, (props: TaskDetailProps) => React.ReactNode>> = {
  certification: CertificationDetail,
  profile: ProfileDetail,
  'icp-filing': IcpDetail,
  'privacy-guide': PrivacyDetail,
  developers: DevelopersDetail,
  'dev-settings': DevSettingsDetail,
  upload: UploadDetail,
  review: ReviewDetail,
  release: ReleaseDetail,
}
