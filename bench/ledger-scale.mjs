#!/usr/bin/env node
// Times a quota check against the ledger in Chromium with real IndexedDB, at 1,000 and at 100,000 mini
// programs, and prints both figures and their ratio. Usage counts come from indexes, so the ratio should
// stay near 1. It prints figures; it does not pass or fail.
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { build } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = mkdtempSync(join(tmpdir(), 'ledger-scale-'))
const sizes = [1_000, 100_000]
const runs = 51
const types = { '.html': 'text/html', '.js': 'text/javascript' }

const server = createServer((request, response) => {
  const path = join(out, new URL(request.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'))
  if (!path.startsWith(out) || !existsSync(path)) return void response.writeHead(404).end()
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
  createReadStream(path).pipe(response)
})

let browser
try {
  await build({
    root: join(root, 'bench', 'ledger-scale'),
    configFile: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true },
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const port = server.address().port
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.waitForFunction(() => 'ledgerBench' in globalThis)
  const results = []
  for (const size of sizes) {
    results.push(
      await page.evaluate(
        async ([n, r]) => {
          try {
            return await globalThis.ledgerBench(n, r)
          } catch (error) {
            // Dexie's errors arrive as their bare class name otherwise: say what went wrong.
            throw new Error(`${error?.name}: ${error?.message}`, { cause: error })
          }
        },
        [size, runs],
      ),
    )
  }
  console.log(`ledger quota check in Chromium (real IndexedDB), median of ${runs} runs:`)
  for (const { size, medianMs, fillMs } of results) {
    const label = `${size.toLocaleString('en')} mini programs`.padEnd(24)
    console.log(
      `  ${label} ${medianMs.toFixed(2).padStart(7)} ms   (filled in ${(fillMs / 1000).toFixed(1)} s)`,
    )
  }
  const [small, large] = results
  console.log(
    `  ratio ${large.size.toLocaleString('en')} / ${small.size.toLocaleString('en')}: ${(large.medianMs / small.medianMs).toFixed(2)}×`,
  )
} finally {
  await browser?.close()
  server.close()
  rmSync(out, { recursive: true, force: true })
}
