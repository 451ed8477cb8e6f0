// Catalog areas loaded with their route, not with the shell: each area's messages arrive in the same chunk as
// the page that shows them. The route module imports its area and registers it before rendering (see
// src/features/publish/messages.ts); its keys are typed like every other key.
import type { advisor } from './zh-CN/advisor'
import type { changes } from './zh-CN/changes'
import type { demo } from './zh-CN/demo'
import type { faq } from './zh-CN/faq'
import type { home } from './zh-CN/home'
import type { flow } from './zh-CN/flow'
import type { plan } from './zh-CN/plan'
import type { presenter } from './zh-CN/presenter'
import type { publish } from './zh-CN/publish'
import type { rehearsal } from './zh-CN/rehearsal'
import type { rulebook } from './zh-CN/rulebook'
import type { team } from './zh-CN/team'
import type { trainer } from './zh-CN/trainer'
import type { wizard } from './zh-CN/wizard'

export interface LazyAreas {
  /** 注册向导 (/register): its pages, and the pieces of src/ui it lends to other pages. */
  wizard: typeof wizard
  /** 首页. */
  home: typeof home
  /** 路径判断 (/advisor): the questionnaire and its answer. */
  advisor: typeof advisor
  /** 常见问答 (/faq). */
  faq: typeof faq
  /** 规则手册 (/rules). */
  rulebook: typeof rulebook
  /** 变更记录 (/rules/changes, and each rule's changes in 规则手册). */
  changes: typeof changes
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
