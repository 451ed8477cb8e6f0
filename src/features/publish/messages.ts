// The 发布清单's messages arrive with its route: every module of this feature that shows text imports this
// file, so the area is registered before the first `t('publish.…')` (in the app and in tests alike).
import { addMessages } from '../../i18n'
import { publish } from '../../i18n/zh-CN/publish'

addMessages('publish', publish)
