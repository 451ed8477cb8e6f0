import { ruleValue } from '../rules/rule-set'
import { adviceFinding, limitFinding, type QuotaCheck } from './quota-check'

// Checks on an existing mini program being associated with an official account. Under `current` both limits
// are unknown (reports of 500 and of none): advisory only, they never block.

// rule: MP_LINK_OAS
export const mpLinkOas: QuotaCheck = {
  ruleId: 'MP_LINK_OAS',
  run: ({ usage, ruleSet, count }) => {
    const value = ruleValue(ruleSet, 'MP_LINK_OAS')
    const miniProgram = usage.miniProgram
    if (!value || !miniProgram) return null
    const used = miniProgram.linkedAccounts
    if (value.advisoryOnly || value.limit === null) {
      return adviceFinding(
        'MP_LINK_OAS',
        value.limit,
        used,
        count,
        value.limit === null ? 'unknown-limit' : undefined,
      )
    }
    return limitFinding('MP_LINK_OAS', value.limit, used, count)
  },
}

// rule: MP_LINK_MONTHLY
export const mpLinkMonthly: QuotaCheck = {
  ruleId: 'MP_LINK_MONTHLY',
  run: ({ usage, ruleSet, count }) => {
    const value = ruleValue(ruleSet, 'MP_LINK_MONTHLY')
    const miniProgram = usage.miniProgram
    if (!value || !miniProgram) return null
    const used = miniProgram.monthLinks
    if (value.advisoryOnly || value.limit === null) {
      return adviceFinding(
        'MP_LINK_MONTHLY',
        value.limit,
        used,
        count,
        value.limit === null ? 'unknown-limit' : undefined,
      )
    }
    return limitFinding('MP_LINK_MONTHLY', value.limit, used, count)
  },
}
