import { isApproved } from './outcomes'
import type { FlowState } from './state'

/**
 * rule: REUSE_OA_CERTIFIED — whether the registration's official account is certified: as given on its status
 * step, or certified on the way (certify-oa), after which the status typed earlier is no longer the account's.
 * `undefined` until the status step is answered.
 */
export function isAccountCertified(flow: Pick<FlowState, 'answers' | 'outcomes'>): boolean | undefined {
  const status = flow.answers['oa-status']
  if (!status) return undefined
  return status.certified || isApproved(flow.outcomes.oaCertification)
}
