// 流程图's messages arrive with the flow map: every module that shows its text imports this file, so the area
// is registered before the first `t('flow.…')` (the /flow page, a demo panel, tests alike).
import { addMessages } from '../../i18n'
import { flow } from '../../i18n/zh-CN/flow'

addMessages('flow', flow)
