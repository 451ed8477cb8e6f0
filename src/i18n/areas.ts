// Catalog areas loaded with their route, not with the shell: each area's messages arrive in the same chunk as
// the page that shows them. The route module imports its area and registers it before rendering (see
// src/features/publish/messages.ts); its keys are typed like every other key.
import type { flow } from './zh-CN/flow'
import type { publish } from './zh-CN/publish'

export interface LazyAreas {
  publish: typeof publish
  flow: typeof flow
}
export type LazyArea = keyof LazyAreas
