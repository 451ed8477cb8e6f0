// @ts-check
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Import direction (the architecture notes): app → features → (ui, domain, storage, i18n); storage → domain;
// domain points nowhere but zod and the message catalog. Relative paths are matched by the folder they reach,
// e.g. from src/ui/x.tsx, "../features/…" and from src/ui/forms/x.tsx, "../../app/…".
const up = String.raw`^(\.\./)+`
const into = (/** @type {string[]} */ folders) => `${up}(${folders.join('|')})(/|$)`

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
    files: ['*.{js,mjs,ts}', 'bench/**', 'tests/e2e/**', '.ci/**'],
    languageOptions: { globals: globals.node },
  },

  // The domain core: zod, its own files and the message catalog (../i18n), nothing else.
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    ignores: domainTestFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^(?!zod(/|$)|\.{1,2}(/|$))`,
              message: 'src/domain imports only zod, its own files and ../i18n: no frameworks, no storage.',
            },
            {
              regex: into(['app', 'features', 'ui', 'storage']),
              message: 'src/domain imports only zod, its own files and ../i18n.',
            },
          ],
        },
      ],
    },
  },
  // The domain's tests and their helpers may use test tools, but still no framework or outer layer.
  {
    files: domainTestFiles,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(${frameworks.join('|')})(/|$)`,
              message: 'src/domain must not depend on a UI framework.',
            },
            { regex: into(['app', 'features', 'ui', 'storage']), message: 'src/domain points nowhere.' },
          ],
        },
      ],
    },
  },
  // Shared UI and storage serve every feature, so they must not know about any of them, nor about the app.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/storage/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: into(['features', 'app']),
              message:
                'src/ui and src/storage must not import from src/features or src/app; pass things in instead.',
            },
          ],
        },
      ],
    },
  },
  // A feature shares through domain/, ui/ or storage/, never by reaching into another feature or the app.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
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
          ],
        },
      ],
    },
  })),
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
