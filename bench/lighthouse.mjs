#!/usr/bin/env node
// Lighthouse 12 on four pages of the built app, served by `vite preview` under security-headers.ts, in Debian's
// Chromium, with Lighthouse's default (mobile) settings: a phone's screen and simulated slow 4G and CPU.
// Prints each page's four category scores (0–100) and FCP, LCP, TBT, CLS, then every audit that cost points.
// First comes a bare React page (one heading and the home page's opening paragraph, rendered by React 19 on the
// client, built by the same Vite): the floor, measured in the same run on the same machine, so each page's
// figures can be read beside what any client-rendered React page scores here.
// It prints figures; it does not pass or fail. A page that fails prints its error and the run goes on.
// LIGHTHOUSE_JSON=<folder> also writes each page's full report there as JSON.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'
import { build, preview } from 'vite'
import { serve } from './static-server.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const started = performance.now()
const work = mkdtempSync(join(tmpdir(), 'lighthouse-'))
const categories = ['performance', 'accessibility', 'best-practices', 'seo']

/** The pages, in the order they are printed; `prepare` walks to the page first and returns its URL. */
const pages = [
  { label: 'bare React floor', floor: true },
  { label: '首页 /', path: '/' },
  { label: '路径判断 /advisor', path: '/advisor' },
  {
    label: '单独注册 · 账号 (step)',
    // A step needs a registration, kept in localStorage: one is started and walked to the account step, and
    // Lighthouse then loads that URL cold (HTTP cache, service worker and its cache cleared; localStorage kept).
    prepare: startStandaloneRegistration,
    keepStorage: true,
  },
  { label: '台账 /ledger', path: '/ledger' },
]

let server
let floorServer
let browser
// No TEAM_SERVER: the preview forwards nothing, and the pages measured ask no API.
delete process.env.TEAM_SERVER
try {
  const outDir = join(work, 'dist')
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  })
  server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4373, strictPort: false, open: false },
  })
  const origin = new URL(server.resolvedUrls.local[0]).origin
  floorServer = await serveFloor(join(work, 'floor'))
  const floorOrigin = `http://127.0.0.1:${floorServer.address().port}`
  browser = await launchChromium(join(work, 'profile'))

  const results = []
  for (const page of pages) {
    try {
      const url = page.floor
        ? `${floorOrigin}/`
        : page.prepare
          ? await page.prepare(origin, browser.port)
          : origin + page.path
      const flags = {
        port: browser.port,
        hostname: '127.0.0.1',
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        disableStorageReset: page.keepStorage === true,
      }
      const runner = await lighthouse(url, flags)
      if (!runner) throw new Error('Lighthouse returned no result')
      const lhr = runner.lhr
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
      if (process.env.LIGHTHOUSE_JSON) {
        mkdirSync(process.env.LIGHTHOUSE_JSON, { recursive: true })
        const file = join(process.env.LIGHTHOUSE_JSON, `${page.label.replace(/[^a-z0-9]+/gi, '_')}.json`)
        writeFileSync(file, JSON.stringify(lhr, null, 1))
      }
      results.push({ page, url: lhr.finalDisplayedUrl, lhr })
    } catch (error) {
      console.error(`Lighthouse failed on ${page.label}: ${error instanceof Error ? error.stack : error}`)
      results.push({ page, error })
    }
  }

  printTable(results)
  printLostPoints(results)
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await browser?.kill()
  await server?.close()
  floorServer?.close()
  // Chromium may still be writing its profile as it exits: retry rather than fail the whole bench run.
  try {
    rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 })
  } catch (error) {
    console.warn(`Could not remove ${work}: ${error instanceof Error ? error.message : error}`)
  }
  console.log(`\nbench/lighthouse.mjs took ${((performance.now() - started) / 1000).toFixed(0)} s`)
}

/**
 * The floor: React 19 rendering a heading and a paragraph of Chinese text on the client, with what a page needs
 * for full accessibility and SEO scores (language, title, description, viewport), built here by Vite and served
 * as static files.
 */
async function serveFloor(outDir) {
  const source = join(root, 'node_modules', '.cache', 'bench-lighthouse-floor')
  rmSync(source, { recursive: true, force: true })
  mkdirSync(source, { recursive: true })
  writeFileSync(
    join(source, 'index.html'),
    [
      '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
      '<meta name="description" content="小程序注册向导：选路径、算费用、查额度。">',
      '<title>小程序注册向导</title></head>',
      '<body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
    ].join(''),
  )
  mkdirSync(join(source, 'public'))
  writeFileSync(join(source, 'public', 'robots.txt'), 'User-agent: *\nAllow: /\n')
  writeFileSync(
    join(source, 'main.js'),
    [
      "import { createElement as h } from 'react'",
      "import { createRoot } from 'react-dom/client'",
      'const text =',
      "  '组织（企业、个体工商户、政府、媒体和其他组织）要先验证主体，才能给小程序命名：可以付费进行微信认证，' +",
      "  '企业和个体工商户也可以用对公账户小额打款验证。'",
      "createRoot(document.getElementById('root')).render(",
      "  h('main', null, h('h1', null, '小程序注册向导'), h('p', null, text)),",
      ')',
    ].join('\n'),
  )
  await build({ root: source, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  rmSync(source, { recursive: true, force: true })
  return serve(outDir)
}

/**
 * Debian's Chromium with a throwaway profile and a DevTools port for Lighthouse. The flags keep it quiet (as in
 * playwright.config.ts): no GPU, no QUIC, none of Chrome's own background traffic.
 */
async function launchChromium(profile) {
  const child = spawn(
    '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const port = await new Promise((done, fail) => {
    let seen = ''
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${seen}`)), 30_000)
    child.stderr.on('data', (chunk) => {
      seen += chunk
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen)
      if (match) {
        clearTimeout(timer)
        done(Number(match[1]))
      }
    })
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${seen}`)))
  })
  child.stderr.resume()
  const exited = new Promise((done) => child.once('exit', done))
  // Resolves once Chromium has exited, so its profile folder can be removed.
  return { port, kill: () => (child.kill(), exited) }
}

/** 单独注册 from /register/new to its account step (two steps confirmed), in the browser Lighthouse uses. */
async function startStandaloneRegistration(origin, port) {
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  try {
    const context = cdp.contexts()[0]
    const tab = await context.newPage()
    await tab.goto(`${origin}/register/new?path=standalone`)
    await tab.getByRole('button', { name: '开始', exact: true }).click()
    for (const step of ['open-platform', 'choose-mini-program']) {
      await tab.waitForURL(new RegExp(`/register/[^/]+/${step}$`))
      await tab.getByRole('checkbox', { name: '我已完成这一步' }).check()
      await tab.getByRole('button', { name: '下一步', exact: true }).click()
    }
    await tab.waitForURL(/\/register\/[^/]+\/account$/)
    const url = tab.url()
    // A cold load, as for the other pages, but with the registration still in localStorage.
    const session = await context.newCDPSession(tab)
    await session.send('Storage.clearDataForOrigin', {
      origin,
      storageTypes: 'service_workers,cache_storage',
    })
    await session.send('Network.clearBrowserCache')
    await tab.close()
    return url
  } finally {
    // Disconnects Playwright; the browser stays for Lighthouse.
    await cdp.close()
  }
}

function printTable(results) {
  const score = (lhr, id) => {
    const value = lhr.categories[id]?.score
    return value === null || value === undefined ? '–' : String(Math.round(value * 100))
  }
  const ms = (lhr, id) => `${(lhr.audits[id]?.numericValue ?? NaN).toFixed(0)} ms`
  const header = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'CPU index']
  const body = results.map(({ page, lhr }) =>
    lhr
      ? [
          page.label,
          ...categories.map((id) => score(lhr, id)),
          ms(lhr, 'first-contentful-paint'),
          ms(lhr, 'largest-contentful-paint'),
          ms(lhr, 'total-blocking-time'),
          (lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
          String(Math.round(lhr.environment.benchmarkIndex)),
        ]
      : [page.label, 'failed', '', '', '', '', '', '', '', ''],
  )
  const width = (text) => [...text].reduce((sum, ch) => sum + (ch.codePointAt(0) > 0x2e80 ? 2 : 1), 0)
  const widths = header.map((_, i) => Math.max(...[header, ...body].map((cells) => width(cells[i]))))
  const pad = (text, n, left) =>
    left ? text + ' '.repeat(n - width(text)) : ' '.repeat(n - width(text)) + text
  const line = (cells) => cells.map((cell, i) => pad(cell, widths[i], i === 0)).join('  ')
  console.log(
    `\nLighthouse ${results.find((r) => r.lhr)?.lhr.lighthouseVersion ?? ''}, mobile, simulated throttling`,
  )
  console.log(line(header))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const cells of body) console.log(line(cells))
  // Simulated throttling multiplies the CPU time this machine took by 4, which assumes a fast host: under a CPU
  // index (Lighthouse's benchmark) of 1000, Lighthouse's own threshold for a slow host, FCP, LCP and TBT come out
  // slower than the phone it simulates.
  const slow = results.some((r) => r.lhr && r.lhr.environment.benchmarkIndex < 1000)
  if (slow)
    console.log('CPU index under 1000: this machine is slow or busy, so the performance figures are too low.')
}

/** Each page's audits that cost points: failed weighted audits, and performance audits with a saving. */
function printLostPoints(results) {
  for (const { page, lhr } of results) {
    if (!lhr) continue
    const lines = []
    for (const id of categories) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id]
        if (!audit || audit.score === null || audit.score >= 1) continue
        if (id === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue
        if (id !== 'performance' && ref.weight === 0) continue
        const detail = audit.displayValue ? ` — ${audit.displayValue}` : ''
        lines.push(`  [${id}] ${ref.id} (${Math.round(audit.score * 100)}): ${audit.title}${detail}`)
        for (const item of (audit.details?.items ?? []).slice(0, 3)) {
          const node = item.node?.snippet ?? item.url ?? item.source?.url ?? item.description
          if (node) lines.push(`      ${String(node).slice(0, 140)}`)
        }
      }
    }
    console.log(`\n${page.label}: ${lines.length ? 'lost points on' : 'no audit lost points'}`)
    for (const text of lines) console.log(text)
    for (const warning of lhr.runWarnings) console.log(`  (Lighthouse warns: ${warning})`)
  }
}
