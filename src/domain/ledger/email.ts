// The ledger keys its email rows the way the quota check compares emails: one rule, normaliseEmail.
export { normaliseEmail as emailKey } from '../quota/quota-check'
