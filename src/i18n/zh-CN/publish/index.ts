// The 发布清单's messages: loaded with the /publish route (see ../../areas.ts), not with the shell.
import { checklist } from './checklist'
import { domains } from './domains'
import { plan } from './plan'

export const publish = { checklist, domains, plan }
