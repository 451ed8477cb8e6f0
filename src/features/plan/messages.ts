// 批量规划's messages arrive with its route (and in its worker): every module of this feature that shows text
// imports this file, so the area is registered before the first `t('plan.…')`.
import { addMessages } from '../../i18n'
import { plan } from '../../i18n/zh-CN/plan'

addMessages('plan', plan)
