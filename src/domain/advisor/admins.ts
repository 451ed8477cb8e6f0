import type { Usage } from '../quota/types'
import type { RuleSet } from '../rules/rule-set'
import type { SubjectType } from '../subject'
import type { AdminCapacity } from './needs'
import { roomLeft } from './room'

const adminLimits = ['ID_CARD_LIMIT', 'PHONE_LIMIT'] as const

/**
 * rule: ID_CARD_LIMIT, rule: PHONE_LIMIT — how many admins `count` new mini programs need: the admin named
 * takes what room their ID card and mobile have left, each further admin as many as a fresh one may.
 */
export function adminCapacity(
  usage: Usage,
  subjectType: SubjectType,
  ruleSet: RuleSet,
  count: number,
): AdminCapacity {
  const request = { action: 'standalone' as const, subjectType }
  const named = roomLeft(usage, request, adminLimits, ruleSet)
  const perAdmin = roomLeft(
    { idCardMiniPrograms: 0, phoneMiniPrograms: 0 },
    request,
    adminLimits,
    ruleSet,
  ).left
  const limitedBy = named.limitedBy ?? 'ID_CARD_LIMIT'
  const adminsFor = (n: number) =>
    n <= 0 ? 0 : perAdmin === null || perAdmin <= 0 ? 1 : Math.ceil(n / perAdmin)
  if (named.left === null) return { admins: Math.max(1, adminsFor(count)), more: 0, limitedBy }
  const more = adminsFor(count - named.left)
  return { admins: (named.left > 0 ? 1 : 0) + more, more, limitedBy }
}
