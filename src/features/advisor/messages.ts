// The advisor page's messages arrive with its route: every module of this feature that shows text imports this
// file, so the area is registered before the first `t()` of it (in the app and in tests alike).
import { addMessages } from '../../i18n'
import { advisor } from '../../i18n/zh-CN/advisor'

addMessages('advisor', advisor)
