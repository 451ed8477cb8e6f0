import { useEffect, useRef, useState } from 'react'
import { Link, useParams } from 'react-router'
import type { PublishProgress } from '../../domain'
import { t } from '../../i18n'
import {
  ledgerDb,
  publishingRecord,
  publishSubjectOf,
  savePublishing,
  type PublishingRecord,
} from '../../storage/ledger'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import { AboutForm } from './about-form'
import { ChecklistView, type RecordFields } from './checklist-view'
import { FormErrors } from '../../ui/form/form-errors'
import './messages'
import { DomainsField } from './domains-field'
import { usePublishEnv } from './use-publish-env'

const k = 'publish.checklist' as const

/**
 * `progress` is what the page shows: each change shows at once and is written in turn, in the order made, each
 * write against the version the one before it left (two quick clicks never overwrite each other).
 */
type Load =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; record: PublishingRecord; progress: PublishProgress; read: number }

/** One ledger mini program's checklist: its progress is saved with its record on every change. */
export function LedgerChecklistPage() {
  // /publish/:id, or /publish/case/:caseId from the wizard's confirmation (the record of that registration).
  const { id, caseId } = useParams()
  const { ruleSet, today } = usePublishEnv()
  const [load, setLoad] = useState<Load>({ kind: 'loading' })
  const [status, setStatus] = useState('')
  // Read on arrival and again after a conflict; each read starts the forms afresh (they keep what was typed
  // across the page's own saves).
  const [reads, setReads] = useState(0)
  const version = useRef(0)
  const writes = useRef<Promise<void>>(Promise.resolve())
  useEffect(() => {
    let live = true
    // A browser without IndexedDB (or with it blocked) throws at once: said so, never a crash.
    Promise.resolve()
      .then(() => publishingRecord(ledgerDb(), caseId ? { caseId } : { id: id ?? '' }))
      .then(
        (record) => record ?? ('missing' as const),
        () => 'unavailable' as const,
      )
      .then((record) => {
        if (!live) return
        if (record === 'unavailable') return setLoad({ kind: 'unavailable' })
        if (record === 'missing') return setLoad({ kind: 'missing' })
        version.current = record.miniProgram.version
        setLoad({
          kind: 'ready',
          record,
          progress: record.miniProgram.publishing ?? { tasks: {} },
          read: reads,
        })
      })
    return () => {
      live = false
    }
  }, [id, caseId, reads])

  const record = load.kind === 'ready' ? load.record : undefined
  const name = record ? (record.miniProgram.name ?? record.miniProgram.email) : ''
  const title = record ? t(`${k}.titleFor`, { name }) : t(`${k}.blankTitle`)
  usePageTitle(
    load.kind === 'missing'
      ? t(`${k}.notFound.title`)
      : load.kind === 'unavailable'
        ? t(`${k}.unavailable.title`)
        : title,
  )

  if (load.kind === 'loading') return <PageHeading>{t(`${k}.blankTitle`)}</PageHeading>
  if (load.kind === 'unavailable') {
    return (
      <>
        <PageHeading>{t(`${k}.unavailable.title`)}</PageHeading>
        <p>{t(`${k}.ledgerUnavailable`)}</p>
        <p>
          <Link to="/publish">{t(`${k}.notFound.toBlank`)}</Link>
        </p>
      </>
    )
  }
  if (load.kind === 'missing' || !record) {
    return (
      <>
        <PageHeading>{t(`${k}.notFound.title`)}</PageHeading>
        <p>{t(`${k}.notFound.body`)}</p>
        <ul>
          <li>
            <Link to="/ledger/mini-programs">{t(`${k}.notFound.toLedger`)}</Link>
          </li>
          <li>
            <Link to="/publish">{t(`${k}.notFound.toBlank`)}</Link>
          </li>
        </ul>
      </>
    )
  }

  const mp = record.miniProgram
  const progress = load.progress
  const save = (next: PublishProgress, recordFields?: RecordFields) => {
    setLoad((l) => (l.kind === 'ready' ? { ...l, progress: next } : l))
    const write = async () => {
      const result = await Promise.resolve()
        .then(() => savePublishing(ledgerDb(), mp.id, next, version.current, ruleSet, recordFields))
        .catch(() => null)
      if (result === null) {
        setStatus(t(`${k}.saveFailed`, { reason: t(`${k}.ledgerUnavailable`) }))
      } else if (result.ok) {
        version.current = result.record.version
        setLoad((l) =>
          l.kind === 'ready' ? { ...l, record: { ...l.record, miniProgram: result.record } } : l,
        )
        setStatus(recordFields?.appId !== undefined ? t(`${k}.fields.appIdSaved`) : t(`${k}.saved`))
      } else if (result.reason === 'conflict') {
        setReads((n) => n + 1)
        setStatus(t(`${k}.conflict`))
      } else {
        // Refused (an AppID another record holds, say): the page goes back to what is stored.
        setLoad((l) =>
          l.kind === 'ready' ? { ...l, progress: l.record.miniProgram.publishing ?? { tasks: {} } } : l,
        )
        setStatus(
          t(`${k}.saveFailed`, {
            reason: result.reason === 'duplicate' ? t(`${k}.duplicateAppId`) : t(`${k}.invalid`),
          }),
        )
      }
    }
    writes.current = writes.current.then(write, write)
    return writes.current
  }
  const subject = publishSubjectOf(record)

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t(`${k}.lead`)}</p>
      <div className="button-row no-print">
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {t(`${k}.print`)}
        </Button>
      </div>
      <p role="status" className="checklist__saved no-print">
        {status}
      </p>
      <FormErrors>
        {subject ? null : (
          <AboutForm about={progress.about} onChange={(about) => void save({ ...progress, about })} />
        )}
        {subject ? (
          <ChecklistView
            key={load.read}
            ruleSet={ruleSet}
            today={today}
            subject={subject}
            progress={progress}
            save={(next) => save(next)}
            record={{ appId: mp.appId, name: mp.name }}
            saveRecord={(next, fields) => save(next, fields)}
            domains={<DomainsField ruleSet={ruleSet} progress={progress} save={(next) => save(next)} />}
          />
        ) : (
          <Notice title={t(`${k}.about.legend`)}>
            <p>{t(`${k}.about.needed`)}</p>
          </Notice>
        )}
      </FormErrors>
    </>
  )
}
