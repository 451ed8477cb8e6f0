import { use } from 'react'
import { planColumnIds, type PlanColumnId, type PlannedRow } from '../../domain'
import { todayInChina } from '../../platform/clock'
import { identityHash } from '../../platform/identity-hash'
import { ledgerDb, planProgress, planUsage } from '../../storage/ledger'
import { useRuleSet } from '../../storage/use-rule-set'
import { readRow, type PlanSource, type SheetRow } from './pipeline'
import type { SheetRefusal } from './sheet/read-sheet'
import { initialPlanState, usePlanStore, type PlanTrouble } from './plan-store'
import { defaultRunner, PlanRunnerContext, type PlanRunner } from './runner'

let fallbackRunner: PlanRunner | null = null

/** The rows the scheduler gets: the valid ones. */
export const plannedRows = (rows: readonly SheetRow[]): PlannedRow[] =>
  rows.flatMap((r) => (r.planned ? [r.planned] : []))

/** 批量规划's actions: read a plan, re-plan it, correct a row, cancel. */
export function usePlan() {
  const provided = use(PlanRunnerContext)
  const runner = provided ?? (fallbackRunner ??= defaultRunner())
  const ruleSet = useRuleSet()
  const set = usePlanStore.setState
  const get = usePlanStore.getState

  /** Schedules the valid rows against the ledger's usage; the ledger's progress of each row too. */
  async function plan(job: number) {
    const rows = plannedRows(get().rows)
    const today = todayInChina()
    set({ phase: 'scheduling', progress: null })
    let usage = get().usage
    let ledgerMissing = false
    let progressByRow = {}
    try {
      const db = ledgerDb()
      usage = await planUsage(db, rows, today)
      progressByRow = await planProgress(db, rows)
    } catch {
      // No IndexedDB (a private window in some browsers): the plan is checked against itself only.
      ledgerMissing = true
    }
    if (get().job !== job) return
    const schedule = await runner.schedule({
      rows,
      usage,
      ruleSetId: ruleSet.id,
      options: { startMonth: get().startMonth, today },
    })
    if (get().job !== job || schedule === null) return
    set({ phase: 'ready', schedule, usage, ledgerMissing, progressByRow })
  }

  /** Back to where the plan was before a read that gave nothing (nothing of it changed), saying why. */
  function keep(trouble: PlanTrouble) {
    set({ phase: get().schedule ? 'ready' : 'empty', progress: null, trouble })
  }

  /**
   * Reads a plan; the plan shown until then stays, unchanged, unless the new one can be read: a refused file,
   * a sheet missing columns, 取消 or a failure change nothing.
   */
  async function read(source: PlanSource, sourceName: string | null): Promise<boolean> {
    const job = get().job + 1
    set({ job, phase: 'reading', progress: null, trouble: null })
    try {
      const outcome = await runner.read(
        { source, ruleSetId: ruleSet.id, today: todayInChina() },
        (progress) => {
          if (get().job === job) set({ progress })
        },
      )
      if (get().job !== job) return false
      if (outcome.ok) {
        set({
          ...initialPlanState(),
          job,
          phase: 'reading',
          startMonth: get().startMonth,
          sourceName,
          sheet: outcome.sheet,
          rows: outcome.rows,
        })
        await plan(job)
        return true
      } else if ('cancelled' in outcome) keep({ kind: 'cancelled' })
      else if ('missing' in outcome)
        keep({ kind: 'missing', missing: outcome.missing, unknown: outcome.unknown })
      else keep({ kind: 'refused', refusal: outcome.refusal, source, name: sourceName })
    } catch {
      if (get().job === job) keep({ kind: 'failed' })
    }
    return false
  }

  /** Reads one row again with what the user corrected; `null` cells of the numbers keep the ones read. */
  async function correctRow(row: number, cells: Record<PlanColumnId, string>) {
    const old = get().rows.find((r) => r.row === row)
    if (!old) return null
    const hash = (kind: 'id-card' | 'mobile', value: string) => identityHash(kind, value)
    const next = await readRow(
      row,
      cells,
      { ruleSetId: ruleSet.id, today: todayInChina(), hash },
      { ...(old.idCard ? { idCard: old.idCard } : {}), ...(old.mobile ? { mobile: old.mobile } : {}) },
    )
    if (next.problems.length > 0) return next
    const job = get().job + 1
    set({ job, rows: get().rows.map((r) => (r.row === row ? next : r)) })
    await plan(job)
    return next
  }

  async function replan(startMonth?: string) {
    const job = get().job + 1
    set({ job, ...(startMonth ? { startMonth } : {}) })
    if (get().rows.length > 0) await plan(job)
  }

  /** A file refused before it is read (too large to read at all). */
  function refuse(refusal: SheetRefusal, source: PlanSource, name: string) {
    runner.cancel()
    set({ job: get().job + 1 })
    keep({ kind: 'refused', refusal, source, name })
  }

  function cancel() {
    runner.cancel()
    set({ job: get().job + 1 })
    keep({ kind: 'cancelled' })
  }

  function clear() {
    runner.cancel()
    set({ ...initialPlanState(), job: get().job + 1 })
  }

  return { read, refuse, correctRow, replan, cancel, clear, ruleSet }
}

export { planColumnIds }
