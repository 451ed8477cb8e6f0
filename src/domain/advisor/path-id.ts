// The two paths, as the flow machine names them.
export type { PathId } from '../flow/step-ids'
