// Catalog areas loaded with their route, not with the shell: each area's messages arrive in the same chunk as
// the page that shows them. The route module imports its area and registers it before rendering (see
// src/features/publish/messages.ts); its keys are typed like every other key.
import type { publish } from './zh-CN/publish'
import type { rehearsal } from './zh-CN/rehearsal'

export interface LazyAreas {
  publish: typeof publish
  rehearsal: typeof rehearsal
}
export type LazyArea = keyof LazyAreas
