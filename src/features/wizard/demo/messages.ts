// The demo stage's messages arrive with it: every module of this folder that shows text imports this file.
import { addMessages } from '../../../i18n'
import { presenter } from '../../../i18n/zh-CN/presenter'

addMessages('presenter', presenter)
