// 批量规划's exports: the schedule as a CSV (one line per row) and as a calendar file (one event per scheduled
// row). Pure: the page downloads what these return. Only masked ID cards and mobiles ever reach them: a
// PlannedRow holds no full number.
import {
  addDays,
  subjectKey,
  workingDayDate,
  type LocalDate,
  type PlannedRow,
  type RowResult,
  type RuleSet,
  type Schedule,
  type ScheduledRow,
  type WorkingDayDate,
} from '../../domain'
import { t } from '../../i18n'
import { calendarFile, csvText, type CalendarEvent } from '../../storage/ledger'
import {
  monthText,
  pathText,
  queueText,
  refusalTexts,
  rowFeeText,
  scheduledNotes,
  statusText,
  wayOutText,
} from './result-text'

const csvColumns = [
  'row',
  'subjectName',
  'creditCode',
  'miniProgramName',
  'officialAccount',
  'adminName',
  'idCard',
  'mobile',
  'email',
  'requestedPath',
  'path',
  'month',
  'queue',
  'fee',
  'status',
  'reasons',
  'waysOut',
] as const

type CsvColumn = (typeof csvColumns)[number]

function joined(texts: readonly string[]): string {
  return texts.join(t('plan.exports.separator'))
}

function byRow(rows: readonly PlannedRow[]): Map<number, PlannedRow> {
  return new Map(rows.map((row) => [row.row, row]))
}

function csvLine(result: RowResult, planned: PlannedRow, ruleSet: RuleSet): string[] {
  const scheduled = result.status === 'scheduled' ? result : null
  const refusal = result.status === 'refused' ? refusalTexts(result, ruleSet) : null
  const values: Record<CsvColumn, string> = {
    row: String(result.row),
    subjectName: planned.subjectName,
    creditCode: planned.creditCode ?? '',
    miniProgramName: planned.miniProgramName,
    officialAccount: planned.officialAccount ?? '',
    adminName: planned.adminName,
    idCard: planned.idCardMasked,
    mobile: planned.mobileMasked,
    email: planned.email,
    requestedPath: pathText(result.requestedPath),
    path: scheduled ? pathText(scheduled.path) : '',
    month: scheduled ? monthText(scheduled.month) : '',
    queue: scheduled?.queue === undefined ? '' : String(scheduled.queue),
    fee: scheduled ? rowFeeText(scheduled.fee) : '',
    status: statusText(result),
    reasons: scheduled
      ? joined(scheduledNotes(scheduled, planned, ruleSet))
      : refusal
        ? joined([...refusal.reasons, refusal.waiting])
        : '',
    waysOut: result.status === 'refused' ? joined(result.waysOut.map(wayOutText)) : '',
  }
  return csvColumns.map((column) => values[column])
}

/**
 * The schedule as CSV, one line per row in row order, under a Chinese header row. Built with the ledger's
 * csvText: UTF-8 with a BOM, CRLF, quoted where needed, and a cell starting with = + - @ defused. A result
 * whose row is not in `rows` is left out.
 */
export function scheduleCsv(schedule: Schedule, rows: readonly PlannedRow[], ruleSet: RuleSet): string {
  const planned = byRow(rows)
  const header = csvColumns.map((column) => t(`plan.exports.csv.${column}`))
  const lines = schedule.rows.flatMap((result) => {
    const row = planned.get(result.row)
    return row ? [csvLine(result, row, ruleSet)] : []
  })
  return csvText([header, ...lines])
}

/** "批量规划-2026-12-01.csv" (`today`: China's date). */
export function scheduleFileName(today: LocalDate): string {
  return t('plan.exports.fileName.csv', { date: today })
}

/** "批量规划-2026-12-01.ics". */
export function calendarFileName(today: LocalDate): string {
  return t('plan.exports.fileName.ics', { date: today })
}

/**
 * The first working day of a month ('YYYY-MM') in mainland China: the domain's working days
 * (src/domain/calendar: Monday to Friday, less the State Council's holidays, plus its make-up working days),
 * counted one working day on from the previous month's last day. Past the years the holiday notices cover, only
 * weekends are skipped, and `holidaysKnown` is false.
 */
export function firstWorkingDay(month: string): WorkingDayDate {
  return workingDayDate(addDays(`${month}-01`, -1), 1)
}

/** 32-bit FNV-1a, in hex: a short, stable tag of a row's names for its calendar UID. */
function tag(text: string): string {
  let hash = 0x811c9dc5
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * A row's event UID: its row number and a tag of its subject and mini program name, never its month, so
 * importing a re-exported plan updates the event (moved to its new date) rather than adding a second one.
 */
export function eventUid(planned: PlannedRow): string {
  return `plan-${planned.row}-${tag(`${subjectKey(planned)}\n${planned.miniProgramName}`)}@mp-wizard`
}

function eventOf(
  result: ScheduledRow,
  planned: PlannedRow,
  ruleSet: RuleSet,
  workingDay: (month: string) => WorkingDayDate,
): CalendarEvent {
  const day = workingDay(result.month)
  const month = monthText(result.month)
  const summary =
    result.path === 'reuse'
      ? t('plan.exports.calendar.reuse', {
          name: planned.miniProgramName,
          account: planned.officialAccount ?? '',
        })
      : t('plan.exports.calendar.standalone', { name: planned.miniProgramName })
  const queue = queueText(result)
  const notes = scheduledNotes(result, planned, ruleSet, { queue: false })
  const description = [
    t('plan.exports.calendar.subject', { name: planned.subjectName }),
    t('plan.exports.calendar.admin', {
      name: planned.adminName,
      idCard: planned.idCardMasked,
      mobile: planned.mobileMasked,
    }),
    t('plan.exports.calendar.fee', { fee: rowFeeText(result.fee) }),
    ...(queue === null ? [] : [t('plan.exports.calendar.queue', { text: queue })]),
    ...(notes.length === 0 ? [] : [t('plan.exports.calendar.reasons', { text: joined(notes) })]),
    t(`plan.exports.calendar.${day.holidaysKnown ? 'date' : 'holidaysUnknown'}`, { month }),
  ].join('\n')
  return { uid: eventUid(planned), date: day.date, summary, description, alarmDaysBefore: 1 }
}

/**
 * The schedule as a calendar file (.ics): one all-day event per scheduled row, on the first working day of its
 * month, with a reminder the day before; refused rows have none. `stamp` is when the file is made;
 * `workingDay` is for tests (default: `firstWorkingDay`).
 */
export function scheduleCalendar(
  schedule: Schedule,
  rows: readonly PlannedRow[],
  stamp: Date,
  ruleSet: RuleSet,
  workingDay: (month: string) => WorkingDayDate = firstWorkingDay,
): string {
  const planned = byRow(rows)
  const events = schedule.rows.flatMap((result) => {
    const row = planned.get(result.row)
    return result.status === 'scheduled' && row ? [eventOf(result, row, ruleSet, workingDay)] : []
  })
  return calendarFile(events, stamp)
}
