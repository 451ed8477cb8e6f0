// Adds up Vitest's and Playwright's JSON reports and prints "N passed, N failed" as the last line.
// A report that is missing (its step never ran) counts as nothing; a step that failed before writing its
// report has already made .ci/run fail.
import { existsSync, readFileSync } from 'node:fs'

function read(path) {
  if (!existsSync(path)) {
    console.error(`(no ${path}: that step did not run)`)
    return undefined
  }
  return JSON.parse(readFileSync(path, 'utf8'))
}

let passed = 0
let failed = 0

const vitest = read('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += vitest.numFailedTests ?? 0
  // A test file that fails to load has no test results of its own: count it as one failure.
  for (const file of vitest.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1
  }
}

const playwright = read('reports/playwright.json')
if (playwright) {
  const stats = playwright.stats ?? {}
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  failed += stats.unexpected ?? 0
  // Errors outside any test (a broken config, a spec that does not load) count as failures too.
  failed += (playwright.errors ?? []).length
}

console.log(`${passed} passed, ${failed} failed`)
