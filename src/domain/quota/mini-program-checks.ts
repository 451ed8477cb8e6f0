import { ruleValue } from '../rules/rule-set'
import { countedCheck, type QuotaMeasure } from './quota-check'

// Checks on an existing mini program being associated with an official account. Under `current` both limits
// are unknown (reports of 500 and of none): advisory only, they never block.

/** The same reading for both: advisory where the rule says so or the limit is unknown. */
function miniProgramLink(ruleId: 'MP_LINK_OAS' | 'MP_LINK_MONTHLY', used: 'linkedAccounts' | 'monthLinks') {
  return countedCheck(ruleId, ({ usage, ruleSet }): QuotaMeasure | null => {
    const value = ruleValue(ruleSet, ruleId)
    const miniProgram = usage.miniProgram
    if (!value || !miniProgram) return null
    return {
      ruleId,
      limit: value.limit,
      used: miniProgram[used],
      advisory: value.advisoryOnly || value.limit === null,
      ...(value.limit === null ? { reason: 'unknown-limit' as const } : {}),
    }
  })
}

// rule: MP_LINK_OAS
export const mpLinkOas = miniProgramLink('MP_LINK_OAS', 'linkedAccounts')

// rule: MP_LINK_MONTHLY
export const mpLinkMonthly = miniProgramLink('MP_LINK_MONTHLY', 'monthLinks')
