// Catalog areas loaded with their route, not with the shell: each area's messages arrive in the same chunk as
// the page that shows them. The route module imports its area and registers it before rendering (see
// src/features/publish/messages.ts); its keys are typed like every other key.
import type { presenter } from './zh-CN/presenter'
import type { publish } from './zh-CN/publish'
import type { trainer } from './zh-CN/trainer'

export interface LazyAreas {
  publish: typeof publish
  presenter: typeof presenter
  trainer: typeof trainer
}
export type LazyArea = keyof LazyAreas
