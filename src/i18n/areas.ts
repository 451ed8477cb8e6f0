// Catalog areas loaded with their route, not with the shell: each area's messages arrive in the same chunk as
// the page that shows them. The route module imports its area and registers it before rendering (see
// src/features/publish/messages.ts); its keys are typed like every other key.
import type { demo } from './zh-CN/demo'
import type { flow } from './zh-CN/flow'
import type { plan } from './zh-CN/plan'
import type { presenter } from './zh-CN/presenter'
import type { publish } from './zh-CN/publish'
import type { rehearsal } from './zh-CN/rehearsal'
import type { team } from './zh-CN/team'
import type { trainer } from './zh-CN/trainer'

export interface LazyAreas {
  publish: typeof publish
  /** 演示模式 (scenarios, 讲解提示) and 练一练. */
  demo: typeof demo
  /** 演示模式 on the wizard's steps: the presenter's controls. */
  presenter: typeof presenter
  /** /demo: turning demo mode on, the scenario list. */
  trainer: typeof trainer
  /** 流程图 (/flow, and its panel in 演示模式). */
  flow: typeof flow
  /** 模拟界面: the platform's pages as simplified look-alikes (演示模式, /demo/screens). */
  rehearsal: typeof rehearsal
  /** 批量规划 (/plan): the page, the sheet's columns and problems, results and exports (the columns, 注册方式 words and
   * row problems are read by src/domain/planning too). */
  plan: typeof plan
  /** 团队台账 (/team): sign-in, members, the audit log (its form errors are read by src/domain/team.ts too). */
  team: typeof team
}
export type LazyArea = keyof LazyAreas
