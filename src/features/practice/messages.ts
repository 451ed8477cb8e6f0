// 练一练's messages arrive with its route (area 'demo'): every module of this feature that shows text imports
// this file, so the area is registered before the first `t('demo.…')`, in the app and in tests alike.
import { addMessages } from '../../i18n'
import { demo } from '../../i18n/zh-CN/demo'

addMessages('demo', demo)
