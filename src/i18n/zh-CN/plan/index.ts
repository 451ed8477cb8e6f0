// 批量规划's messages: loaded with the /plan route (see ../../areas.ts), not with the shell. The domain's plan
// reader (src/domain/planning/plan-row.ts) reads the column headers, the 注册方式 words and its problems here:
// whoever calls it (the page, a worker, a test) registers this area first with addMessages('plan', plan).
import { columns, paths } from './columns'
import { page } from './page'
import { problems } from './problems'
import { result } from './result'
import { exportTexts } from './exports'
import { sheet } from './sheet'

export const plan = {
  columns,
  paths,
  problems,
  sheet,
  result,
  exports: exportTexts,
  page,
}
