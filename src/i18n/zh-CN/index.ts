// The zh-CN message catalog: one object, split into one file per area so that areas do not collide.
import { app } from './app'
import { fields } from './fields'
import { shell } from './shell'
import { pages } from './pages'
import { steps } from './steps'
import { form } from './form'
import { rules } from './rules'
import { terms } from './terms'
import { ledger } from './ledger'

export const zhCN = {
  app,
  fields,
  shell,
  pages,
  steps,
  form,
  rules,
  terms,
  ledger,
}
