// @ts-check
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Import direction (the architecture notes): app → features → (ui, storage, platform, domain, i18n);
// storage → domain; ui → i18n; domain → i18n only. Each folder below lists what it must NOT reach, so
// every arrow that is not drawn fails lint. Relative paths are matched by the folder they reach, e.g.
// from src/ui/x.tsx, "../features/…" and from src/ui/forms/x.tsx, "../../app/…".
// src/import-directions.test.ts lints an import between every pair of folders to show each arrow caught.
const up = String.raw`^(\.\./)+`
const into = (/** @type {string[]} */ folders) => `${up}(${folders.join('|')})(/|$)`

/** @typedef {{ regex: string, message: string, allowTypeImports?: boolean }} Pattern */

/** One pattern per folder `layer` must not reach, each naming the arrow it breaks. */
const mustNotReach = (
  /** @type {string} */ layer,
  /** @type {string[]} */ folders,
  /** @type {string} */ why,
) =>
  folders.map((folder) => ({
    regex: into([folder]),
    message: `src/${layer} must not import src/${folder}: ${why}`,
  }))

// no-restricted-imports sees only static imports and re-exports; this applies the same patterns to import().
/** @type {import('eslint').Rule.RuleModule} */
const noRestrictedDynamicImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Apply no-restricted-imports patterns ({ regex, message }) to dynamic import().' },
    schema: [{ type: 'object', properties: { patterns: { type: 'array' } }, additionalProperties: false }],
  },
  create(context) {
    const patterns = (context.options[0]?.patterns ?? []).map((/** @type {Pattern} */ p) => ({
      regex: new RegExp(p.regex, 'iu'), // case-insensitive, as no-restricted-imports matches by default
      message: p.message,
    }))
    return {
      ImportExpression(node) {
        const source = node.source
        const text =
          source.type === 'Literal' && typeof source.value === 'string'
            ? source.value
            : source.type === 'TemplateLiteral' && source.expressions.length === 0
              ? source.quasis[0]?.value.cooked
              : undefined
        const hit = text === undefined ? undefined : patterns.find((p) => p.regex.test(text))
        if (hit)
          context.report({ node, message: `'${text}' import is restricted from being used. ${hit.message}` })
      },
    }
  },
}

/**
 * The import-direction rules for some files: static imports through typescript-eslint's no-restricted-imports
 * (it can let a pattern allow `import type` only), dynamic ones through the local rule above (an import() always
 * loads values, so a pattern that allows types still applies to it).
 */
const directions = (/** @type {Pattern[]} */ patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  'local/no-restricted-dynamic-imports': ['error', { patterns: [...patterns, ...dynamicFaces] }],
})

// Each store has one public face for features and the app, as the domain has src/domain/index.ts.
const ledgerFace = {
  regex: String.raw`${up}storage/ledger/`,
  message: 'Import the ledger from its public face, storage/ledger (src/storage/ledger/index.ts).',
}
// Tests may also use the ledger's face for tests, storage/ledger/test-support, and nothing else inside it.
const ledgerFaceInTests = {
  regex: String.raw`${up}storage/ledger/(?!test-support$)`,
  message: 'Import the ledger from storage/ledger, or its test helpers from storage/ledger/test-support.',
}
// Checked on import() in every folder; the ledger's own files import each other as './x', so they never match.
const dynamicFaces = [ledgerFace]
const testFiles = ['**/*.test.{ts,tsx}']

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

// Test-only files in src/domain: tests, and helpers only tests import (fast-check arbitraries, walkers).
const domainTestFiles = [
  'src/domain/**/*.test.{ts,tsx}',
  'src/domain/**/test-*.{ts,tsx}',
  'src/domain/**/*.test-support.{ts,tsx}',
  'src/domain/**/arbitraries.ts',
]

const frameworks = ['react', 'react-dom', 'react-router', 'react-router-dom', 'zustand', 'dexie']

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-*',
    'reports',
    'test-results',
    'playwright-report',
    'node_modules',
    'coverage',
  ]),
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['*.{js,mjs,ts}', 'bench/**', 'tests/e2e/**', '.ci/**', 'server/**'],
    languageOptions: { globals: globals.node },
  },
  // The service worker's template (service-worker/plugin.ts fills in __FILES__ at build time).
  {
    files: ['service-worker/sw-template.js'],
    languageOptions: { globals: { ...globals.serviceworker, __FILES__: 'readonly' } },
  },

  {
    files: ['src/**/*.{ts,tsx}', 'server/**/*.ts', 'bench/team-load.ts'],
    plugins: { local: { rules: { 'no-restricted-dynamic-imports': noRestrictedDynamicImports } } },
  },

  // The team server runs the domain core (one copy of every rule and of the ledger's writes) and nothing of the
  // browser app: no React, no Dexie, no storage, platform, UI, features or app.
  {
    files: ['server/**/*.ts', 'bench/team-load.ts'],
    rules: directions([
      {
        regex: `^(${frameworks.join('|')})(/|$)`,
        message: 'The team server must not depend on a UI framework or on Dexie.',
      },
      {
        regex: String.raw`^(\.\./)+src/(app|features|ui|storage|platform)(/|$)`,
        message: 'The team server imports the domain core (src/domain) and the catalog (src/i18n) only.',
      },
    ]),
  },
  // The domain core: zod, its own files and the message catalog (../i18n), nothing else.
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: domainTestFiles,
    rules: directions([
      {
        regex: String.raw`^(?!zod(/|$)|\.{1,2}(/|$))`,
        message: 'src/domain imports only zod, its own files and ../i18n: no frameworks, no storage.',
      },
      ...mustNotReach(
        'domain',
        ['app', 'features', 'ui', 'storage', 'platform'],
        'it imports only zod, its own files and ../i18n; time and keys come in as arguments.',
      ),
    ]),
  },
  // The domain's tests and their helpers may use test tools, but still no framework or outer layer.
  {
    files: domainTestFiles,
    rules: directions([
      { regex: `^(${frameworks.join('|')})(/|$)`, message: 'src/domain must not depend on a UI framework.' },
      ...mustNotReach(
        'domain',
        ['app', 'features', 'ui', 'storage', 'platform'],
        'the domain points nowhere.',
      ),
    ]),
  },
  // Shared UI serves every feature: it shows what it is given. ui → i18n, plus the domain's types and pure
  // functions (rule texts, terms, formats), which are framework-free and need no state. Never storage or
  // platform: a feature (or the app) reads a store or a service and passes the result in as a prop.
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: directions(
      mustNotReach(
        'ui',
        ['app', 'features', 'storage', 'platform'],
        'shared UI takes what it shows as props; a feature reads the store or service and passes it in.',
      ),
    ),
  },
  // storage → domain. Also allowed, on purpose: platform, for the clock (the time a record is saved) and the
  // browser's identity-hash key (exported with a backup, adopted on import); and i18n, for the headers of the CSV
  // and calendar files and the import problems, which are the ledger's own words. Neither knows about storage.
  {
    files: ['src/storage/**/*.{ts,tsx}'],
    rules: directions(
      mustNotReach(
        'storage',
        ['app', 'features', 'ui'],
        'a store serves every feature; pass things in instead.',
      ),
    ),
  },
  // Browser services: nothing of ours but the domain's types (a LocalDate, say).
  {
    files: ['src/platform/**/*.{ts,tsx}'],
    rules: directions([
      {
        regex: into(['domain']),
        allowTypeImports: true,
        message: "src/platform may use the domain's types only.",
      },
      ...mustNotReach(
        'platform',
        ['app', 'features', 'ui', 'storage', 'i18n'],
        "browser services know nothing of ours but the domain's types.",
      ),
    ]),
  },
  // The message catalog is a leaf: everything may read it, it reads nothing of ours (domain → i18n, not back).
  {
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: directions(
      mustNotReach(
        'i18n',
        ['app', 'features', 'ui', 'storage', 'platform', 'domain'],
        'the message catalog imports nothing of ours.',
      ),
    ),
  },
  // A feature shares through domain/, ui/ or storage/, never by reaching into another feature or the app.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: directions([
      {
        regex: into([
          'app',
          ...features.filter((other) => other !== feature).map((other) => `features/${other}`),
        ]),
        message: `src/features/${feature} must not import src/app or another feature; share through domain/ or ui/.`,
      },
      {
        regex: into(features.filter((other) => other !== feature)),
        message: `src/features/${feature} must not import another feature's internals; share through domain/ or ui/.`,
      },
    ]),
  })),
  // Public faces: features and the app reach a store only through its face (a rule of its own, apart from the
  // directions above, so that a file can be let off it alone).
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: { 'no-restricted-imports': ['error', { patterns: [ledgerFace] }] },
  },
  {
    files: testFiles.map((glob) => `src/{features,app}/${glob}`),
    rules: { 'no-restricted-imports': ['error', { patterns: [ledgerFaceInTests] }] },
  },
  // Every user-facing string lives in the message catalog (src/i18n): no Chinese text in components or code.
  {
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/features/**/*.{ts,tsx}',
      'src/ui/**/*.{ts,tsx}',
      'src/platform/**/*.ts',
    ],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]/]',
          message: 'User-facing text goes in the message catalog (src/i18n/zh-CN), read with t().',
        },
        {
          selector: 'TemplateElement[value.raw=/[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]/]',
          message: 'User-facing text goes in the message catalog (src/i18n/zh-CN), read with t().',
        },
        {
          selector: 'JSXText[value=/[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]/]',
          message: 'User-facing text goes in the message catalog (src/i18n/zh-CN), read with t().',
        },
      ],
    },
  },
])
