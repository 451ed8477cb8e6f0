import { useState } from 'react'
import { Link } from 'react-router'
import { progress } from '../../domain'
import { t } from '../../i18n'
import { ButtonLink } from '../../ui/button'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import type { RegistrationCase } from '../../storage/wizard-cases'
import { caseTitle } from './case-title'
import { removeFromLedger } from './ledger-sync'
import { useCasesStore } from './store/cases-store'
import { StorageProblemNotice } from './storage-problem-notice'
import { stepHeadingKey } from './step-title'
import { stepUrl } from './urls'
import '../../i18n/wizard-messages'

// Made when the list first shows a row: the wizard's steps, loaded with this module, need no time zone data.
let savedFormat: Intl.DateTimeFormat | undefined
const formatSaved = (iso: string) =>
  (savedFormat ??= new Intl.DateTimeFormat('zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  })).format(new Date(iso))

/** After 删除: the name, and whether the ledger's 进行中 record went too (false: the ledger could not be written). */
type OnDeleted = (name: string, ledgerFreed: boolean) => void

function CaseRow({ item, onDeleted }: { item: RegistrationCase; onDeleted: OnDeleted }) {
  const deleteCase = useCasesStore((s) => s.deleteCase)
  const name = caseTitle(item)
  const { flow } = item
  const { index } = progress(flow)
  const stepName = flow.status === 'failed' ? t('wizard.cases.failed') : t(stepHeadingKey(flow, flow.current))
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{t(`terms.path.${flow.path}`)}</td>
      <td>
        {flow.status === 'active' ? t('wizard.step.progressUnknown', { index }) : null} {stepName}
      </td>
      <td>{formatSaved(item.updatedAt)}</td>
      <td className="table-actions">
        <Link
          to={stepUrl(item.id, flow.current)}
          aria-label={t(flow.status === 'active' ? 'wizard.cases.continueNamed' : 'wizard.cases.viewNamed', {
            name,
          })}
        >
          {flow.status === 'active' ? t('wizard.cases.continue') : t('wizard.cases.view')}
        </Link>
        <button
          type="button"
          className="link-button"
          aria-label={t('wizard.cases.deleteNamed', { name })}
          onClick={async () => {
            if (!window.confirm(t('wizard.cases.confirmDelete', { name }))) return
            deleteCase(item.id)
            onDeleted(name, flow.status === 'submitted' || (await removeFromLedger(item.id)))
          }}
        >
          {t('wizard.cases.delete')}
        </button>
      </td>
    </tr>
  )
}

function CaseTable({
  caption,
  items,
  onDeleted,
}: {
  caption: string
  items: RegistrationCase[]
  onDeleted: OnDeleted
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('wizard.cases.colName')}</th>
            <th scope="col">{t('wizard.cases.colPath')}</th>
            <th scope="col">{t('wizard.cases.colStep')}</th>
            <th scope="col">{t('wizard.cases.colSaved')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('wizard.cases.continue')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <CaseRow key={item.id} item={item} onDeleted={onDeleted} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** /register: the registrations in this browser, with 继续 and 删除, and 开始新的注册. */
export function CasesPage() {
  const title = t('wizard.cases.title')
  usePageTitle(title)
  const cases = useCasesStore((s) => s.cases)
  const [deleted, setDeleted] = useState<{ name: string; ledgerFreed: boolean } | null>(null)
  const onDeleted: OnDeleted = (name, ledgerFreed) => setDeleted({ name, ledgerFreed })
  const all = Object.values(cases).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  const open = all.filter((c) => c.flow.status === 'active')
  const closed = all.filter((c) => c.flow.status !== 'active')
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('wizard.cases.lead')}</p>
      <StorageProblemNotice />
      <p role="status">
        {deleted
          ? t(deleted.ledgerFreed ? 'wizard.cases.deleted' : 'wizard.cases.deletedLedgerKept', {
              name: deleted.name,
            })
          : ''}
      </p>
      <h2>{t('wizard.cases.start')}</h2>
      <div className="button-row">
        <ButtonLink to="/register/new?path=standalone">{t('wizard.cases.startStandalone')}</ButtonLink>
        <ButtonLink to="/register/new?path=reuse">{t('wizard.cases.startReuse')}</ButtonLink>
      </div>
      {open.length > 0 ? (
        <CaseTable caption={t('wizard.cases.unfinished')} items={open} onDeleted={onDeleted} />
      ) : (
        <p>{t('wizard.cases.none')}</p>
      )}
      {closed.length > 0 ? (
        <CaseTable caption={t('wizard.cases.finished')} items={closed} onDeleted={onDeleted} />
      ) : null}
    </>
  )
}
