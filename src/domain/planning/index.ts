// 批量规划's domain: reading a plan's rows (plan-row.ts) and scheduling them month by month (schedule.ts).
// The page, the file reading, the worker and the exports build on these; src/domain/index.ts re-exports them.
export {
  planColumns,
  planColumnIds,
  matchHeaders,
  readPlanRow,
  readMonth,
  plannedRow,
  subjectKey,
} from './plan-row'
export type {
  PlanColumn,
  PlanColumnId,
  PlanPath,
  ColumnIndex,
  HeaderMatch,
  PlanRowInput,
  KeptNumbers,
  PlanRowProblem,
  PlanRowResult,
  PlannedRow,
} from './plan-row'
export { schedulePlan, placementOrder } from './schedule'
export { MONTHLY_RULES } from './attempt'
export { maxCandidates } from './ways-out'
export { emptyPlanUsage } from './plan-types'
export type {
  PlanAccount,
  PlanUsage,
  ScheduleOptions,
  ScheduledPath,
  Decision,
  RowFee,
  WayOut,
  ScheduledRow,
  RefusedRow,
  RowResult,
  MonthTotal,
  PlanTotals,
  Schedule,
} from './plan-types'
