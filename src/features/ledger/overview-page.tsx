import { Link } from 'react-router'
import { t } from '../../i18n'
import { ledgerDb, recordCounts } from '../../storage/ledger'
import { LedgerFrame, LedgerUnavailable } from './ledger-frame'
import { listedTables, recordPath, tableLabel } from './kinds'
import { RemindersSection } from './reminders-section'
import { SafetyPanel } from './safety-panel'
import { SearchSection } from './search-section'
import { TeamOrSolo } from './team-sync-panel'
import { teamMode } from '../../platform/team-mode'
import { useLiveQuery } from './use-live-query'

async function countAll() {
  const counts = await recordCounts(ledgerDb(), listedTables)
  return listedTables.map((table, i) => ({ table, count: counts[i]! }))
}

/** The ledger's front page: safety, reminders, search, and every kind of record with its count. */
export function OverviewPage() {
  const counts = useLiveQuery(countAll, 'counts')
  return (
    <LedgerFrame title={t('pages.ledger.title')} back={false}>
      <p className="lead">{t('pages.ledger.description')}</p>
      {counts.error ? <LedgerUnavailable /> : null}
      <TeamOrSolo solo={<SafetyPanel />} />
      <RemindersSection />
      <SearchSection />
      <section className="ledger__section" aria-labelledby="ledger-records">
        <h2 id="ledger-records">{t('ledger.ui.overview.recordsHeading')}</h2>
        <ul className="ledger__tables">
          {(counts.data ?? listedTables.map((table) => ({ table, count: null }))).map(({ table, count }) => (
            <li key={table}>
              <Link to={recordPath(table)}>
                {count === null
                  ? tableLabel(table)
                  : t('ledger.ui.overview.recordsCount', { table: tableLabel(table), count })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="ledger__section" aria-labelledby="ledger-tools">
        <h2 id="ledger-tools">{t('ledger.ui.overview.toolsHeading')}</h2>
        <ul>
          <li>
            <Link to="/ledger/backup">{t('ledger.ui.overview.backup')}</Link>
          </li>
          {teamMode() ? null : (
            <li>
              <Link to="/ledger/clear">{t('ledger.ui.overview.clear')}</Link>
            </li>
          )}
          <li>
            <Link to="/team">{t('ledger.ui.overview.team')}</Link>
          </li>
        </ul>
      </section>
    </LedgerFrame>
  )
}
