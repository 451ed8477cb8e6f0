// 演示模式 and 练一练's messages: loaded with their routes (see ../../areas.ts), not with the shell.
import { hints, hintsNotStated } from './hints'
import { practice } from './practice'
import { scenarios } from './scenarios'

export const demo = {
  scenarios,
  hint: hints,
  hintNotStated: hintsNotStated,
  /** A scenario that depends on a rule the active rule set does not state. */
  notStated: '当前规则集没有说明这个场景依赖的规则（{rule}），所以不演示它。',
  practice,
}
