import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { securityHeaders } from '../security-headers'

// The README shows the headers for hosts other than `vite preview`: they must be the ones the app is tested under.
describe('the README’s nginx example', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
  it.each(Object.entries(securityHeaders))('sets %s as security-headers.ts does', (name, value) => {
    expect(readme).toContain(`add_header ${name} "${value}" always;`)
  })
})
