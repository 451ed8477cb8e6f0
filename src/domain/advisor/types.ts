// Types the advisor's modules share. Kept apart from money.ts so a module that only names an amount (reasons.ts)
// does not import the fee code, which imports eligibility, which imports the reasons: no cycle, even type-only.

/** An amount in CNY that depends on an outcome nobody can promise: `min` at best, `max` at worst. */
export interface MoneyRange {
  min: number
  max: number
}
