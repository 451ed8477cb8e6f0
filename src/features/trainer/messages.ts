// The /demo page's messages arrive with its route; the scenarios' titles come with the demo area.
import { addMessages } from '../../i18n'
import { demo } from '../../i18n/zh-CN/demo'
import { trainer } from '../../i18n/zh-CN/trainer'

addMessages('trainer', trainer)
addMessages('demo', demo)
