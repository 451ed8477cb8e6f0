// Where 批量规划's work runs: in a Web Worker (the page stays responsive; 取消 terminates it), or, where no
// worker can start (tests, an old browser), in the page's thread in chunks that yield to the browser.
import { createContext } from 'react'
import {
  ruleSets,
  schedulePlan,
  type PlannedRow,
  type PlanUsage,
  type RuleSetId,
  type Schedule,
  type ScheduleOptions,
} from '../../domain'
import { identityHasher, identityKeyBytes } from '../../platform/identity-hash'
import { readPlan, type PlanSource, type Progress, type ReadContext, type ReadOutcome } from './pipeline'

export type WorkerRequest =
  | {
      type: 'read'
      source: PlanSource
      ruleSetId: RuleSetId
      today: ReadContext['today']
      keyBytes: Uint8Array<ArrayBuffer>
    }
  | { type: 'schedule'; rows: PlannedRow[]; usage: PlanUsage; ruleSetId: RuleSetId; options: ScheduleOptions }

export type WorkerReply =
  | { type: 'progress'; progress: Progress }
  | { type: 'read'; outcome: ReadOutcome }
  | { type: 'schedule'; schedule: Schedule }

export interface ReadJob {
  source: PlanSource
  ruleSetId: RuleSetId
  today: ReadContext['today']
}

export interface ScheduleJob {
  rows: PlannedRow[]
  usage: PlanUsage
  ruleSetId: RuleSetId
  options: ScheduleOptions
}

/** Runs one job at a time; `cancel` stops the running one, whose promise then resolves as cancelled. */
export interface PlanRunner {
  read: (job: ReadJob, report: (progress: Progress) => void) => Promise<ReadOutcome>
  schedule: (job: ScheduleJob) => Promise<Schedule | null>
  cancel: () => void
}

/** Gives the browser a turn (to paint the progress bar, to take a click on 取消). */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function inThreadRunner(): PlanRunner {
  let generation = 0
  return {
    async read(job, report) {
      const mine = ++generation
      const hash = await identityHasher(identityKeyBytes())
      return readPlan(
        job.source,
        { ruleSetId: job.ruleSetId, today: job.today, hash },
        report,
        yieldToBrowser,
        () => mine !== generation,
      )
    },
    async schedule(job) {
      const mine = ++generation
      await yieldToBrowser()
      if (mine !== generation) return null
      return schedulePlan(job.rows, job.usage, ruleSets[job.ruleSetId], job.options)
    },
    cancel() {
      generation += 1
    },
  }
}

export function workerRunner(): PlanRunner {
  let running: { worker: Worker; settle: () => void } | null = null
  const start = <T>(
    request: WorkerRequest,
    onReply: (reply: WorkerReply, done: (value: T) => void) => void,
    cancelled: T,
  ) =>
    new Promise<T>((resolve, reject) => {
      running?.worker.terminate()
      running?.settle()
      const worker = new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' })
      const finish = (value: T) => {
        worker.terminate()
        if (running?.worker === worker) running = null
        resolve(value)
      }
      running = { worker, settle: () => resolve(cancelled) }
      worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data, finish)
      worker.onerror = (event) => {
        event.preventDefault()
        worker.terminate()
        if (running?.worker === worker) running = null
        reject(new Error(event.message))
      }
      worker.postMessage(request)
    })
  return {
    read(job, report) {
      return start<ReadOutcome>(
        { type: 'read', ...job, keyBytes: identityKeyBytes() },
        (reply, done) => {
          if (reply.type === 'progress') report(reply.progress)
          else if (reply.type === 'read') done(reply.outcome)
        },
        { ok: false, cancelled: true },
      )
    },
    schedule(job) {
      return start<Schedule | null>(
        { type: 'schedule', ...job },
        (reply, done) => {
          if (reply.type === 'schedule') done(reply.schedule)
        },
        null,
      )
    },
    cancel() {
      running?.worker.terminate()
      running?.settle()
      running = null
    },
  }
}

/** The page's runner: a worker where the browser has them. Tests provide an in-thread one. */
export function defaultRunner(): PlanRunner {
  return typeof Worker === 'undefined' ? inThreadRunner() : workerRunner()
}

export const PlanRunnerContext = createContext<PlanRunner | null>(null)
