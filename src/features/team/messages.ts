// 团队台账's messages arrive with its route: every module of this feature that shows text imports this file, so
// the area is registered before the first `t('team.…')` (in the app and in tests alike).
import { addMessages } from '../../i18n'
import { team } from '../../i18n/zh-CN/team'

addMessages('team', team)
