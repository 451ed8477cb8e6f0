// src/domain is the framework-free core: it must run in a test, a script or a CLI with no browser, no React and
// no storage, and it is given "today" rather than reading the clock. This test reads every non-test source file
// under src/domain and fails on anything that breaks that.
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Vite reads the files at test time (raw text), so this needs no Node typings in the browser tsconfig.
const sources = import.meta.glob<string>(
  ['./**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}', '!./**/*.test.*', '!./**/*.spec.*', '!./**/*.d.ts'],
  { query: '?raw', import: 'default', eager: true },
)

const forbiddenModules = /^(react|react-dom|react-router|react-router-dom|zustand|dexie)(\/|$)/
const browserGlobals = new Set([
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
])
const globalObjects = new Set(['globalThis', 'self', 'window'])

/** Every way `text` breaks the domain's rules, as readable findings ("line 3: imports react"). */
function findViolations(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const report = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source))
    found.push(`line ${line + 1}: ${what}`)
  }

  const checkModule = (node: ts.Node, specifier: ts.Node | undefined) => {
    if (specifier && ts.isStringLiteralLike(specifier) && forbiddenModules.test(specifier.text)) {
      report(node, `imports ${specifier.text}`)
    }
  }

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      checkModule(node, node.moduleSpecifier)
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      checkModule(node, node.moduleReference.expression)
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      checkModule(node, node.argument.literal)
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression
      if (
        callee.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(callee) && callee.text === 'require')
      ) {
        checkModule(node, node.arguments[0])
      }
      if (
        ts.isPropertyAccessExpression(callee) &&
        isIdentifier(callee.expression, 'Date') &&
        callee.name.text === 'now'
      ) {
        report(node, 'reads the clock with Date.now(); take "today" as an argument')
      }
      if (isIdentifier(callee, 'Date'))
        report(node, 'reads the clock with Date(); take "today" as an argument')
    } else if (ts.isNewExpression(node) && isIdentifier(node.expression, 'Date') && !node.arguments?.length) {
      report(node, 'reads the clock with new Date(); take "today" as an argument')
    } else if (ts.isIdentifier(node) && browserGlobals.has(node.text) && isGlobalReference(node)) {
      report(node, `uses the browser global ${node.text}`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function isIdentifier(node: ts.Node, name: string): boolean {
  return ts.isIdentifier(node) && node.text === name
}

/** True unless the identifier is only a property name (`x.document`, `{ document: … }`, a type member). */
function isGlobalReference(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
    return ts.isIdentifier(parent.expression) && globalObjects.has(parent.expression.text)
  }
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent) ||
      ts.isBindingElement(parent)) &&
    parent.name === node
  ) {
    return false
  }
  if (ts.isQualifiedName(parent) && parent.right === node) return false
  return true
}

describe('src/domain stays framework-free', () => {
  const files = Object.entries(sources)

  it.each(files.length > 0 ? files : [['(no source files yet)', '']])('%s', (fileName, text) => {
    expect(findViolations(fileName, text)).toEqual([])
  })
})

describe('the check itself', () => {
  it.each([
    ["import { useState } from 'react'", 'imports react'],
    ["import type { FC } from 'react'", 'imports react'],
    ["export { createRoot } from 'react-dom/client'", 'imports react-dom/client'],
    ["const m = await import('zustand')", 'imports zustand'],
    ["import Dexie from 'dexie'", 'imports dexie'],
    ["import { redirect } from 'react-router'", 'imports react-router'],
    ['const w = window.innerWidth', 'uses the browser global window'],
    ['document.title = "x"', 'uses the browser global document'],
    ["localStorage.setItem('a', 'b')", 'uses the browser global localStorage'],
    ['const s = sessionStorage', 'uses the browser global sessionStorage'],
    ["indexedDB.open('x')", 'uses the browser global indexedDB'],
    ['const lang = navigator.language', 'uses the browser global navigator'],
    ['const lang = globalThis.navigator.language', 'uses the browser global navigator'],
    ['const t = Date.now()', 'Date.now()'],
    ['const d = new Date()', 'new Date()'],
    ['const d = new Date', 'new Date()'],
  ])('catches %s', (text, expected) => {
    const found = findViolations('example.ts', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(expected)
  })

  it.each([
    ["import { z } from 'zod'"],
    ["import { zhCN } from 'zod/locales'"],
    ["import { t } from '../i18n'"],
    ["const source = 'a Tencent document; see window and navigator in the guide'"],
    ['// this file never touches document or window, and never calls Date.now()'],
    ['const d = new Date(Date.UTC(2024, 0, 1))'],
    ["const d = new Date('2024-01-01T00:00:00+08:00')"],
    ['type Upload = { document: string; window: number }'],
    ['const upload = { document: 1 }; upload.document = 2'],
    ['function f(today: Date) { return today.getTime() }'],
  ])('allows %s', (text) => {
    expect(findViolations('example.ts', text)).toEqual([])
  })
})
