// @vitest-environment node
// The import directions in eslint.config.js, checked against the arrows of the architecture notes: for every pair
// of folders under src, an import one way is reported exactly when no arrow allows it. Each case lints one line
// of text as if it were a file in that folder, with the project's own config.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

const importRules = new Set([
  '@typescript-eslint/no-restricted-imports', // the directions, static imports
  'local/no-restricted-dynamic-imports', // the directions and faces, import()
  'no-restricted-imports', // the public faces, static imports
])

/** The import rules that report on `code` as the file `filePath` (relative to the project root). */
async function reported(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath })
  const messages = result?.messages ?? []
  const fatal = messages.find((m) => m.fatal)
  if (fatal) throw new Error(fatal.message)
  return messages.flatMap((m) => (m.ruleId && importRules.has(m.ruleId) ? [m.ruleId] : []))
}

const layers = ['app', 'features', 'ui', 'storage', 'platform', 'domain', 'i18n'] as const
type Layer = (typeof layers)[number]

// The arrows: app → features → (ui, storage, platform, domain, i18n); storage → domain; ui → i18n;
// domain → i18n. Also allowed, as eslint.config.js explains: ui → domain (types, pure functions), and
// storage → platform, i18n. (platform → domain for types only is checked below.)
const allowed: Record<Layer, readonly Layer[]> = {
  app: ['features', 'ui', 'storage', 'platform', 'domain', 'i18n'],
  features: ['ui', 'storage', 'platform', 'domain', 'i18n'],
  ui: ['domain', 'i18n'],
  storage: ['domain', 'platform', 'i18n'],
  platform: [],
  domain: ['i18n'],
  i18n: [],
}

const fileIn = (layer: Layer) => (layer === 'features' ? 'src/features/ledger/x.ts' : `src/${layer}/x.ts`)
const into = (from: Layer, to: Layer) =>
  `${from === 'features' ? '../../' : '../'}${to === 'features' ? 'features/wizard' : to}/x`

const pairs = layers.flatMap((from) =>
  layers.filter((to) => to !== from).map((to) => [from, to, allowed[from].includes(to)] as const),
)

describe('every arrow between the folders of src', () => {
  it.each(pairs)('%s → %s allowed: %s', async (from, to, ok) => {
    const rules = await reported(fileIn(from), `import { x } from '${into(from, to)}'`)
    expect(rules).toEqual(ok ? [] : ['@typescript-eslint/no-restricted-imports'])
  })

  it.each(pairs)('%s → %s allowed as import(): %s', async (from, to, ok) => {
    const rules = await reported(fileIn(from), `export const load = () => import('${into(from, to)}')`)
    expect(rules).toEqual(ok ? [] : ['local/no-restricted-dynamic-imports'])
  })
})

describe('the finer points', () => {
  it.each([
    ['a feature into another feature', 'src/features/ledger/x.ts', "import { x } from '../wizard/x'"],
    [
      'the domain, deeper down, into platform',
      'src/domain/advisor/x.ts',
      "import { x } from '../../platform/clock'",
    ],
    ['the domain into a framework', 'src/domain/x.ts', "import { useState } from 'react'"],
    [
      'ui, deeper down, into storage',
      'src/ui/rules/x.ts',
      "import { x } from '../../storage/settings-store'",
    ],
    ['platform taking a value from the domain', 'src/platform/x.ts', "import { ruleSets } from '../domain'"],
  ])('reports %s', async (_what, filePath, code) => {
    expect(await reported(filePath, `${code}`)).toEqual(['@typescript-eslint/no-restricted-imports'])
  })

  it.each([
    [
      'platform taking a type from the domain',
      'src/platform/x.ts',
      "import type { LocalDate } from '../domain'",
    ],
    ['the domain reading the catalog', 'src/domain/advisor/x.ts', "import { t } from '../../i18n'"],
    ['the domain using zod', 'src/domain/x.ts', "import { z } from 'zod'"],
    ['a feature into its own subfolder', 'src/features/wizard/x.ts', "import { x } from './steps/x'"],
  ])('allows %s', async (_what, filePath, code) => {
    expect(await reported(filePath, `${code}`)).toEqual([])
  })
})

describe("the ledger's public face", () => {
  const feature = 'src/features/advisor/x.ts'
  const featureTest = 'src/features/advisor/x.test.ts'

  it('lets a feature import the face, statically or with import()', async () => {
    expect(await reported(feature, "import { ledgerDb } from '../../storage/ledger'")).toEqual([])
    expect(await reported(feature, "export const load = () => import('../../storage/ledger')")).toEqual([])
  })

  it('reports a feature or the app reaching a file inside the ledger', async () => {
    expect(await reported(feature, "import { ledgerDb } from '../../storage/ledger/db'")).toEqual([
      'no-restricted-imports',
    ])
    expect(await reported('src/app/x.ts', "import { ledgerDb } from '../storage/ledger/db'")).toEqual([
      'no-restricted-imports',
    ])
    expect(
      await reported(feature, "export const load = () => import('../../storage/ledger/wizard-bridge')"),
    ).toEqual(['local/no-restricted-dynamic-imports'])
  })

  it("lets tests, and only tests, use the ledger's test helpers", async () => {
    const helpers = "import { freshDb } from '../../storage/ledger/test-support'"
    expect(await reported(featureTest, helpers)).toEqual([])
    expect(await reported(feature, helpers)).toEqual(['no-restricted-imports'])
    expect(await reported(featureTest, "import { ledgerDb } from '../../storage/ledger/db'")).toEqual([
      'no-restricted-imports',
    ])
  })
})
