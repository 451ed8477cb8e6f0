// 批量规划's state: in memory only, for this page's life in the tab (never stored: a plan may hold ID card and
// mobile cells not yet valid, and those stay in memory). Leaving for the wizard and coming back keeps it.
import { create } from 'zustand'
import { emptyPlanUsage, monthOf, type PlanUsage, type Schedule } from '../../domain'
import { todayInChina } from '../../platform/clock'
import type { PlanProgress } from '../../storage/ledger'
import type { PlanSource, Progress, SheetInfo, SheetRow } from './pipeline'
import type { SheetRefusal } from './sheet/read-sheet'
import type { PlanColumnId } from '../../domain'

export type PlanPhase = 'empty' | 'reading' | 'scheduling' | 'ready'

/** Why the last attempt to read a plan gave no rows. */
export type PlanTrouble =
  | { kind: 'refused'; refusal: SheetRefusal; source: PlanSource; name: string | null }
  | { kind: 'missing'; missing: PlanColumnId[]; unknown: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed' }

export interface PlanState {
  phase: PlanPhase
  progress: Progress | null
  trouble: PlanTrouble | null
  /** What the plan came from: a file's name, or pasted cells. */
  sourceName: string | null
  sheet: SheetInfo | null
  rows: SheetRow[]
  usage: PlanUsage
  /** The ledger could not be read: the plan counts only itself. */
  ledgerMissing: boolean
  schedule: Schedule | null
  /** 'YYYY-MM': the first month to plan in. */
  startMonth: string
  /** Rows started in the wizard: row number → registration id. */
  started: Record<number, string>
  /** Rows whose mini program the ledger holds. */
  progressByRow: Record<number, PlanProgress>
  /** Bumped on each new job, so a late answer of an older one is dropped. */
  job: number
}

export const initialPlanState = (): PlanState => ({
  phase: 'empty',
  progress: null,
  trouble: null,
  sourceName: null,
  sheet: null,
  rows: [],
  usage: emptyPlanUsage,
  ledgerMissing: false,
  schedule: null,
  startMonth: monthOf(todayInChina()),
  started: {},
  progressByRow: {},
  job: 0,
})

export const usePlanStore = create<PlanState>()(() => initialPlanState())
