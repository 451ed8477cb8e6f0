// 流程图's messages: loaded with the flow map (src/ui/flow-map/messages.ts registers them), not with the shell.
// The domain's path conditions name their labels here (`flow.condition.<id>`, src/domain/flow/paths.ts): only
// the flow map shows them, so they arrive with it.
import { map } from './map'
import { page } from './page'

export const condition = {
  organisation: '主体是组织',
  choosesMethod: '可以选择验证方式（组织且规则提供小额打款）',
  verifiesByCertification: '选择微信认证（不能选小额打款的组织也走这一步）',
  verifiesByTransfer: '选择小额打款',
  accountUncertified: '公众号未认证',
}

export const flow = { condition, map, page }
