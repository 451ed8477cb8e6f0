// 批量规划's messages: loaded with the /plan route (see ../../areas.ts), not with the shell. The domain's plan
// reader (src/domain/planning/plan-row.ts) reads the column headers, the 注册方式 words and its problems here:
// whoever calls it (the page, a worker, a test) registers this area first with addMessages('plan', plan).
import { columns, paths } from './columns'
import { problems } from './problems'
import { sheet } from './sheet'

export const plan = { columns, paths, problems, sheet }
