// 模拟界面's messages arrive with this module: every module of it that shows text imports this file, so the area is
// registered before the first `t('rehearsal.…')` (in the app and in tests alike).
import { addMessages } from '../../../i18n'
import { rehearsal } from '../../../i18n/zh-CN/rehearsal'

addMessages('rehearsal', rehearsal)
