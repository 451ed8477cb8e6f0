import { Link } from 'react-router'
import { t } from '../../i18n'
import {
  calendarFile,
  certificationHorizon,
  reminders,
  type CalendarEvent,
  type Reminder,
} from '../../storage/ledger'
import { Button } from '../../ui/button'
import { formatDate } from './format'
import { downloadText } from '../../ui/download'
import { recordPath } from './kinds'
import { useLedgerEnv } from './use-ledger-env'
import { useLiveQuery } from './use-live-query'

// Renewal (年审) is worth starting a month ahead; a deadline or a follow-up, the day before.
const alarmDays: Record<Reminder['kind'], number> = {
  'mini-program-cert': 30,
  'account-cert': 30,
  transfer: 1,
  waiting: 0,
}

function kindText(reminder: Reminder): string {
  if (reminder.kind !== 'waiting') return t(`ledger.ui.reminders.kind.${reminder.kind}`)
  const what = (reminder.waitingOn ?? [])
    .map((w) => t(`ledger.values.waitingOn.${w}`))
    .join(t('ledger.ui.separator'))
  return t('ledger.ui.reminders.kind.waiting', { what })
}

function eventOf(reminder: Reminder): CalendarEvent {
  const kind = kindText(reminder)
  return {
    uid: `${reminder.kind}-${reminder.recordId}@mp-wizard`,
    date: reminder.date,
    summary: t('ledger.ui.reminders.summary', { kind, name: reminder.name }),
    description: t('ledger.ui.reminders.eventDescription', { kind, name: reminder.name }),
    alarmDaysBefore: alarmDays[reminder.kind],
  }
}

function download(list: readonly Reminder[], name: string) {
  downloadText(`${name}.ics`, calendarFile(list.map(eventOf), new Date()), 'text/calendar;charset=utf-8')
}

/** 到期提醒: what is due soon, each with a calendar file. */
export function RemindersSection() {
  const { db, today, ruleSet } = useLedgerEnv()
  const { data } = useLiveQuery(() => reminders(db, today, ruleSet), `reminders-${today}-${ruleSet.id}`)
  // rule: CERT_VALIDITY — certifications are listed as soon as their annual review opens.
  const until = formatDate(certificationHorizon(ruleSet, today))
  return (
    <section className="ledger__section" aria-labelledby="ledger-reminders">
      <h2 id="ledger-reminders">{t('ledger.ui.reminders.heading')}</h2>
      <p>{t('ledger.ui.reminders.intro', { until })}</p>
      {data === undefined ? null : data.length === 0 ? (
        <p>{t('ledger.ui.reminders.none', { until })}</p>
      ) : (
        <>
          <ul className="ledger__reminders">
            {data.map((reminder) => (
              <li key={`${reminder.kind}-${reminder.recordId}`} className="ledger__reminder">
                <span className="ledger__date">{formatDate(reminder.date)}</span>{' '}
                <span>{kindText(reminder)}</span>{' '}
                <Link to={recordPath(reminder.table, reminder.recordId)}>{reminder.name}</Link>{' '}
                <Button
                  variant="secondary"
                  className="button--small"
                  aria-label={t('ledger.ui.reminders.downloadNamed', { name: reminder.name })}
                  onClick={() => download([reminder], `${reminder.kind}-${reminder.date}`)}
                >
                  {t('ledger.ui.reminders.download')}
                </Button>
              </li>
            ))}
          </ul>
          <Button variant="secondary" onClick={() => download(data, `reminders-${today}`)}>
            {t('ledger.ui.reminders.downloadAll')}
          </Button>
        </>
      )}
    </section>
  )
}
