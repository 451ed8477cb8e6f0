#!/usr/bin/env node
// Prints the gzip size of the JavaScript each route loads (the entry chunk, the route's lazy chunk, and every
// chunk they import statically), beside a bare React 19 app built in the same run with the same Vite.
// It prints figures; it does not pass or fail.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const work = mkdtempSync(join(tmpdir(), 'bundle-size-'))
// The bare app's sources sit inside the project so that `react` resolves from its node_modules.
const bareSource = join(root, 'node_modules', '.cache', 'bench-bare-react')

try {
  const appOut = join(work, 'app')
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: appOut, emptyOutDir: true, manifest: true },
  })

  rmSync(bareSource, { recursive: true, force: true })
  mkdirSync(bareSource, { recursive: true })
  writeFileSync(
    join(bareSource, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  )
  writeFileSync(
    join(bareSource, 'main.js'),
    [
      "import { createElement } from 'react'",
      "import { createRoot } from 'react-dom/client'",
      "createRoot(document.getElementById('root')).render(createElement('div', null, 'hello'))",
    ].join('\n'),
  )
  const bareOut = join(work, 'bare')
  await build({
    root: bareSource,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: bareOut, emptyOutDir: true, manifest: true },
  })

  const bare = measure(bareOut, readManifest(bareOut), entryKey(readManifest(bareOut)), [])
  const manifest = readManifest(appOut)
  const entry = entryKey(manifest)
  const routeOf = routeLabels(readFileSync(join(root, 'src', 'app', 'routes.tsx'), 'utf8'))

  const rows = [{ label: 'bare React 19 (hello)', ...bare }]
  rows.push({ label: 'shell only (e.g. not found)', ...measure(appOut, manifest, entry, []) })
  for (const lazyKey of manifest[entry].dynamicImports ?? []) {
    // A dynamic import that is not a page (团队模式's sync loading the ledger) is named as loaded on demand.
    const label = routeOf.get(lazyKey.replace(/\.[jt]sx?$/, '')) ?? `on demand: ${lazyKey}`
    rows.push({ label, ...measure(appOut, manifest, entry, [lazyKey]) })
  }

  printTable(rows, bare.gzip)
} finally {
  rmSync(work, { recursive: true, force: true })
  rmSync(bareSource, { recursive: true, force: true })
}

function readManifest(outDir) {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'))
}

function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry)
  if (!key) throw new Error('The Vite manifest has no entry chunk')
  return key
}

/** The JS files a page needs: the given chunks and everything they import statically. */
function measure(outDir, manifest, entry, lazyKeys) {
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  for (const key of [entry, ...lazyKeys]) visit(key)
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const bytes = readFileSync(join(outDir, file))
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  return { files: files.size, raw, gzip }
}

/** Maps 'src/features/x/x-page' to its URL by reading the route table's `path:` / `index:` and `import(…)`. */
function routeLabels(routesSource) {
  const labels = new Map()
  const pattern = /(?:path:\s*'([^']*)'|index:\s*true)[^]*?import\('([^']+)'\)/g
  for (const match of routesSource.matchAll(pattern)) {
    const url = match[1] === undefined ? '/' : `/${match[1].replace(/\/\*$/, '')}`
    const source = relative(root, resolve(root, 'src', 'app', match[2]))
    labels.set(source.split('\\').join('/'), url)
  }
  return labels
}

function printTable(rows, bareGzip) {
  const kb = (bytes) => (bytes / 1024).toFixed(1)
  const header = ['route', 'JS files', 'raw KiB', 'gzip KiB', 'gzip vs bare React']
  const body = rows.map((row) => [
    row.label,
    String(row.files),
    kb(row.raw),
    kb(row.gzip),
    `${(row.gzip / bareGzip).toFixed(2)}×`,
  ])
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => cells[i].length)))
  const line = (cells) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const cells of body) console.log(line(cells))
}
