// The wizard's messages arrive with the modules that show them (the wizard's pages, and the shared pieces of
// src/ui that read `wizard.…`): each imports this file, so the area is registered before its first `t()`.
import { addMessages } from './t'
import { wizard } from './zh-CN/wizard'

addMessages('wizard', wizard)
