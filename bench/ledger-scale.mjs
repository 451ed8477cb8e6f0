#!/usr/bin/env node
// Times the ledger at 1,000 and at 100,000 mini programs in Chromium with real IndexedDB, and prints each
// figure beside its ratio: first the wizard's quota check (usage counts come from indexes, so the ratio should
// stay near 1), then the ledger's pages in the built app (bench/ledger-scale/pages.mjs). The app and the
// filling page (bench/ledger-scale/page.ts, under /__bench/) are served from one origin, so the page fills the
// app's own database. It prints figures; it does not pass or fail.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { timePages } from './ledger-scale/pages.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = mkdtempSync(join(tmpdir(), 'ledger-scale-'))
// LEDGER_SIZES=1000,5000 and LEDGER_RUNS=3 make a quick run while working on the bench itself.
const sizes = process.env.LEDGER_SIZES?.split(',').map(Number) ?? [1_000, 100_000]
const quotaRuns = 51
const pageRuns = Number(process.env.LEDGER_RUNS ?? 11)
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
}

// The built app, with its single-page fallback: a path that is not a file is the app's index.html.
const server = createServer((request, response) => {
  const pathname = new URL(request.url ?? '/', 'http://x').pathname
  let path = join(out, pathname)
  if (!path.startsWith(out)) return void response.writeHead(404).end()
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html')
  if (!existsSync(path)) {
    if (extname(pathname) !== '') return void response.writeHead(404).end()
    path = join(out, 'index.html')
  }
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
  createReadStream(path).pipe(response)
})

const fmt = (ms) => ms.toFixed(2).padStart(9)
const n = (size) => size.toLocaleString('en')

// Dexie's errors arrive as their bare class name otherwise: say what went wrong.
const inPage = (page, name, ...args) =>
  page.evaluate(
    async ([fn, a]) => {
      try {
        return await globalThis[fn](...a)
      } catch (error) {
        throw new Error(`${error?.name}: ${error?.message}`, { cause: error })
      }
    },
    [name, args],
  )

let context
let profile
try {
  await build({ root, logLevel: 'warn', build: { outDir: out, emptyOutDir: true } })
  await build({
    root: join(root, 'bench', 'ledger-scale'),
    configFile: false,
    base: '/__bench/',
    logLevel: 'warn',
    build: { outDir: join(out, '__bench'), emptyOutDir: true },
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const origin = `http://127.0.0.1:${server.address().port}`
  // A throwaway profile in memory (/dev/shm where there is one): filling 100,000 records is disk-bound otherwise.
  profile = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'ledger-scale-profile-'))
  // No service worker: every load is the build as served, and nothing is cached between sizes.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 900 },
  })
  const page = context.pages()[0] ?? (await context.newPage())
  const quota = []
  const pages = []
  for (const size of sizes) {
    await page.goto(`${origin}/__bench/`)
    await page.waitForFunction(() => 'fillAppLedger' in globalThis)
    const { fillMs, counts } = await inPage(page, 'fillAppLedger', size)
    console.log(`(the app's ledger filled with ${n(size)} mini programs in ${(fillMs / 1000).toFixed(1)} s)`)
    quota.push(await inPage(page, 'quotaCheck', size, quotaRuns))
    pages.push(await timePages(page, origin, counts, pageRuns))
  }

  console.log(`\nledger quota check in Chromium (real IndexedDB), median of ${quotaRuns} runs:`)
  for (const { size, medianMs } of quota) {
    console.log(`  ${`${n(size)} mini programs`.padEnd(24)} ${fmt(medianMs)} ms`)
  }
  console.log(
    `  ratio ${n(sizes[1])} / ${n(sizes[0])}: ${(quota[1].medianMs / quota[0].medianMs).toFixed(2)}×`,
  )

  console.log(
    `\nledger pages in the built app (click → h1 focused, content rendered, next frame), median of ${pageRuns} runs:`,
  )
  const width = Math.max(...pages[0].map((row) => row.name.length)) + 2
  console.log(
    `  ${'page'.padEnd(width)}${`${n(sizes[0])} ms`.padStart(9)}${`${n(sizes[1])} ms`.padStart(12)}   ratio`,
  )
  pages[0].forEach((small, i) => {
    const large = pages[1][i]
    const name = small.name.replace(/ \([\d,]+\)$/, '')
    console.log(
      `  ${name.padEnd(width)}${fmt(small.ms)}${fmt(large.ms).padStart(12)}   ${(large.ms / small.ms).toFixed(2)}×`,
    )
  })
} finally {
  await context?.close()
  if (profile) rmSync(profile, { recursive: true, force: true })
  server.close()
  rmSync(out, { recursive: true, force: true })
}
