import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useNavigate } from 'react-router'
import { z } from 'zod'
import { createFieldSchemas, type PublishProgress } from '../../domain'
import { t } from '../../i18n'
import { ledgerDb, savePublishingAsRecord, type MiniProgram } from '../../storage/ledger'
import { clearPublishDraft, readPublishDraft, writePublishDraft } from '../../storage/publish-draft'
import { Button } from '../../ui/button'
import { TextField } from '../../ui/form/text-field'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import { AboutForm } from './about-form'
import { ChecklistView } from './checklist-view'
import { DomainsField } from './domains-field'
import { FormErrors, summaryOf, useReportErrors } from '../../ui/form/form-errors'
import './messages'
import { usePublishEnv } from './use-publish-env'

const k = 'publish.checklist' as const

/** The ledger's registered mini programs, each a link to its checklist. */
function LedgerPick() {
  const [programs, setPrograms] = useState<MiniProgram[] | null>(null)
  useEffect(() => {
    let live = true
    // A browser without IndexedDB (or with it blocked) throws at once: the list is then empty, the page works.
    Promise.resolve()
      .then(() => ledgerDb().miniPrograms.where('status').equals('registered').toArray())
      .then(
        (list) =>
          live && setPrograms(list.sort((a, b) => (a.name ?? a.email).localeCompare(b.name ?? b.email))),
      )
      .catch(() => live && setPrograms([]))
    return () => {
      live = false
    }
  }, [])
  if (programs === null) return null
  return (
    <section aria-labelledby="pick-title" className="publish-pick no-print">
      <h2 id="pick-title">{t(`${k}.pick.title`)}</h2>
      {programs.length === 0 ? (
        <p>{t(`${k}.pick.none`)}</p>
      ) : (
        <>
          <p>{t(`${k}.pick.lead`)}</p>
          <ul>
            {programs.map((mp) => {
              const name = mp.name ?? mp.email
              const done = mp.publishing?.releasedOn !== undefined
              return (
                <li key={mp.id}>
                  <Link to={`/publish/${mp.id}`} aria-label={t(`${k}.pick.open`, { name })}>
                    {t(`${k}.pick.item`, {
                      name,
                      status: done ? t(`${k}.released`) : t(`${k}.status.in-progress`),
                    })}
                  </Link>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}

function SaveAsRecord({ progress }: { progress: PublishProgress }) {
  const { ruleSet, today } = usePublishEnv()
  const navigate = useNavigate()
  const schema = useMemo(() => {
    const fields = createFieldSchemas(ruleSet)
    return z.object({ email: fields.email, name: z.union([z.literal(''), fields.miniProgramName]) })
  }, [ruleSet])
  const form = useForm<{ email: string; name: string }>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', name: progress.profile?.name ?? '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const report = useReportErrors()
  const fieldIds = [
    { name: 'email', id: 'save-record-email' },
    { name: 'name', id: 'save-record-name' },
  ]
  const refuse = (message: string) => {
    form.setError('email', { message })
    report([{ fieldId: 'save-record-email', message }])
  }
  const onSubmit = form.handleSubmit(
    async ({ email, name }) => {
      report([])
      const result = await savePublishingAsRecord(
        ledgerDb(),
        { email, ...(name ? { name } : {}), createdOn: today },
        progress,
        ruleSet,
      )
      if (result.ok) {
        clearPublishDraft()
        await navigate(`/publish/${result.record.id}`)
        return
      }
      refuse(result.reason === 'duplicate' ? t(`${k}.saveAsRecord.duplicate`) : t(`${k}.invalid`))
    },
    (errors) => report(summaryOf(errors, fieldIds)),
  )
  return (
    <section aria-labelledby="save-record-title" className="save-record no-print">
      <h2 id="save-record-title">{t(`${k}.saveAsRecord.title`)}</h2>
      <p>{t(`${k}.saveAsRecord.lead`)}</p>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id="save-record-email"
          type="email"
          autoComplete="off"
          label={t(`${k}.saveAsRecord.email`)}
          hint={t(`${k}.saveAsRecord.emailHint`)}
          width="long"
          error={form.formState.errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          id="save-record-name"
          label={t(`${k}.saveAsRecord.name`)}
          optional
          width="medium"
          error={form.formState.errors.name?.message}
          {...form.register('name')}
        />
        <div className="button-row">
          <Button type="submit">{t(`${k}.saveAsRecord.submit`)}</Button>
        </div>
      </form>
    </section>
  )
}

/** /publish: a checklist for a mini program not in the ledger, kept in this browser until saved there. */
export function BlankChecklistPage() {
  const { ruleSet, today } = usePublishEnv()
  const title = t(`${k}.blankTitle`)
  usePageTitle(title)
  const [initial] = useState(() => readPublishDraft())
  const [progress, setProgress] = useState<PublishProgress>(initial.ok ? initial.progress : { tasks: {} })
  const [status, setStatus] = useState(initial.ok ? '' : t(`${k}.draftUnreadable`))
  const save = async (next: PublishProgress) => {
    setProgress(next)
    setStatus(writePublishDraft(next) ? t(`${k}.savedLocal`) : t(`${k}.notSavedLocal`))
  }
  const about = progress.about
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t(`${k}.blankLead`)}</p>
      <LedgerPick />
      <p role="status" className="checklist__saved no-print">
        {status}
      </p>
      <FormErrors>
        <AboutForm about={about} onChange={(next) => void save({ ...progress, about: next })} />
        {about ? (
          <>
            <ChecklistView
              ruleSet={ruleSet}
              today={today}
              subject={{ ...about, certStatus: 'none' }}
              progress={progress}
              save={save}
              domains={<DomainsField ruleSet={ruleSet} progress={progress} save={save} />}
            />
            <SaveAsRecord progress={progress} />
          </>
        ) : null}
      </FormErrors>
      <div className="button-row no-print">
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t(`${k}.print`)}
        </Button>
      </div>
    </>
  )
}
