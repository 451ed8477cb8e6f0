// The demo stage's messages arrive with it: every module of this folder that shows text imports this file. It
// shows the scenarios' titles and 讲解提示 too (the demo area), which a reload on a step has not loaded yet.
import { addMessages } from '../../../i18n'
import { demo } from '../../../i18n/zh-CN/demo'
import { presenter } from '../../../i18n/zh-CN/presenter'

addMessages('presenter', presenter)
addMessages('demo', demo)
