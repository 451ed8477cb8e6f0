// The zh-CN message catalog: one object, split into one file per area so that areas do not collide.
import { app } from './app'
import { fields } from './fields'
import { shell } from './shell'
import { home } from './home'
import { pages } from './pages'
import { steps } from './steps'
import { form } from './form'
import { rules } from './rules'
import { wizard } from './wizard'
import { terms } from './terms'
import { advisor } from './advisor'
import { rulebook } from './rulebook'
import { faq } from './faq'
import { ledger } from './ledger'
import { changes } from './changes'

export const zhCN = {
  app,
  fields,
  shell,
  home,
  pages,
  steps,
  form,
  rules,
  wizard,
  terms,
  advisor,
  rulebook,
  faq,
  ledger,
  changes,
}
