// 批量规划: the template a user downloads: the header row only, in the plan's column order, as UTF-8 with a BOM
// and CRLF line ends (the ledger's CSV writer), so that Excel and WPS open it with the Chinese intact.
// Kept apart from read-sheet.ts: it reaches the ledger's face (and so Dexie), which the plan's worker need not load.
import { planColumns } from '../../../domain'
import { t } from '../../../i18n'
import { csvText } from '../../../storage/ledger'

/** The template's text: 主体名称,统一社会信用代码,… with a BOM and CRLF. */
export function templateCsv(): string {
  return csvText([planColumns.map((column) => t(column.header))])
}

/** 批量规划模板.csv (a function: the catalog area 'plan' is registered when the page loads, after this module). */
export function templateFileName(): string {
  return t('plan.sheet.templateFileName')
}
