import { describe, expect, it } from 'vitest'
import { ruleIds } from './rules/rule-ids'

// Every test file of the domain, as text: each rule id of the rule book must be exercised by name somewhere.
const testFiles = import.meta.glob(['./**/*.test.ts', '!./rule-coverage.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

describe('rule coverage', () => {
  it.each(ruleIds)('%s is named by a domain test', (id) => {
    const files = Object.entries(testFiles).filter(([, text]) => new RegExp(`\\b${id}\\b`).test(text))
    expect(
      files.map(([name]) => name),
      `no domain test names ${id}`,
    ).not.toEqual([])
  })
})
