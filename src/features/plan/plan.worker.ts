// 批量规划 off the page's thread: reading (with hashing) and scheduling a plan of thousands of rows never
// freezes the page. One job per worker; the page terminates it to cancel (runner.ts).
import { ruleSets, schedulePlan } from '../../domain'
import { identityHasher } from '../../platform/identity-hash'
import type { WorkerReply, WorkerRequest } from './runner'
import { readPlan } from './pipeline'
import './messages'

const post = (reply: WorkerReply) => self.postMessage(reply)

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  if (request.type === 'read') {
    const hash = await identityHasher(request.keyBytes)
    const outcome = await readPlan(
      request.source,
      { ruleSetId: request.ruleSetId, today: request.today, hash },
      (progress) => post({ type: 'progress', progress }),
    )
    post({ type: 'read', outcome })
  } else {
    const schedule = schedulePlan(request.rows, request.usage, ruleSets[request.ruleSetId], request.options)
    post({ type: 'schedule', schedule })
  }
}
