// Catalog areas loaded with their route, not with the shell: each area's messages arrive in the same chunk as
// the page that shows them. The route module imports its area and registers it before rendering (see
// src/features/publish/messages.ts); its keys are typed like every other key.
import type { demo } from './zh-CN/demo'
import type { publish } from './zh-CN/publish'

export interface LazyAreas {
  publish: typeof publish
  /** 演示模式 (scenarios, 讲解提示) and 练一练. */
  demo: typeof demo
}
export type LazyArea = keyof LazyAreas
