#!/usr/bin/env node
// Times the interaction the wizard's users repeat most: a click on 下一步 until the next step's h1 has focus.
// In one run it serves the built app and a bare React page that swaps one heading and focuses it (the floor),
// throttles Chromium's CPU 4×, and prints the median and p90 of 20 repetitions for three step changes of the
// standalone path (an instruction step, the account step with its ledger guard, the admin step), each with its
// ratio to the floor. Two passes, the app and the floor alternating. It prints figures; it does not pass or fail.
//
// `node bench/interaction.mjs` builds the app first; BENCH_DIST=dist reuses a build.
// BENCH_PROFILE=file.json also saves a DevTools performance trace of one account-step change.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { build } from 'vite'
import { serve } from './static-server.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const work = mkdtempSync(join(tmpdir(), 'interaction-'))
const bareSource = join(root, 'node_modules', '.cache', 'bench-interaction-floor')
const reps = Number(process.env.BENCH_REPS ?? 20)
const warmup = 3
const throttle = 4
// Runs in every page before its own scripts: notes the time of a click on a button, and the time the next h1
// with another text than the one shown at the click receives focus.
/* global document, Element, HTMLHeadingElement -- the probe runs in the page */
const probe = () => {
  const state = { start: 0, end: 0, from: '' }
  globalThis.__probe = state
  document.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest('button')) return
      state.start = performance.now()
      state.end = 0
      state.from = document.querySelector('h1')?.textContent ?? ''
    },
    true,
  )
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target
      if (state.start && !state.end && target instanceof HTMLHeadingElement && target.tagName === 'H1') {
        if (target.textContent !== state.from) state.end = performance.now()
      }
    },
    true,
  )
}

async function timedClick(page, button) {
  await button.click()
  await page
    .waitForFunction(() => globalThis.__probe.end > 0)
    .catch(async (error) => {
      // Say what the page shows instead (a refusal, an error summary), not only that the heading never came.
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('h1, [role="alert"]')].map((el) => el.textContent).join(' | '),
      )
      throw new Error(`no next h1 after the click; the page shows: ${shown}`, { cause: error })
    })
  return page.evaluate(() => globalThis.__probe.end - globalThis.__probe.start)
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  return { median: at(0.5), p90: at(0.9), max: sorted.at(-1) }
}

async function newPage(browser, base) {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  })
  await context.addInitScript(probe)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
  return { page, context, cdp }
}

/** The floor: one heading swapped and focused, 20 times. */
async function floorPass(browser, base) {
  const { page, context } = await newPage(browser, base)
  await page.goto('/')
  const button = page.getByRole('button', { name: 'next' })
  const samples = []
  for (let i = 0; i < warmup + reps; i += 1) {
    const ms = await timedClick(page, button)
    if (i >= warmup) samples.push(ms)
  }
  await context.close()
  return samples
}

const heading = (page, text) => page.getByRole('heading', { level: 1, name: text, exact: true })

/**
 * The app: a standalone registration walked to each measured step once, then for each step change, `reps`
 * times: Back to the step (the browser's), then 下一步 timed until the next step's h1 has focus.
 */
async function appPass(browser, base, profilePath, others = 0) {
  const { page, context, cdp } = await newPage(browser, base)
  const next = page.getByRole('button', { name: '下一步', exact: true })
  const done = page.getByRole('checkbox', { name: '我已完成这一步' })
  await page.goto('/register/new?path=standalone')
  await page.getByRole('button', { name: '开始', exact: true }).click()
  await heading(page, '打开微信公众平台，点击“立即注册”').waitFor()

  const changes = [
    {
      label: 'instruction step (open-platform → choose-mini-program)',
      from: '打开微信公众平台，点击“立即注册”',
      to: '选择注册“小程序”',
      prepare: () => done.check(),
    },
    {
      label: 'account step, ledger guard (account → activate-email)',
      from: '准备小程序的登录邮箱',
      to: '打开激活邮件，点击激活链接',
      // A new address each time, as typed by someone correcting it: the ledger guard checks each one.
      prepare: (rep) => page.getByLabel('邮箱', { exact: true }).fill(`bench-${rep}@example.com`),
      before: async () => {
        await done.check()
        await next.click()
        await heading(page, '准备小程序的登录邮箱').waitFor()
      },
    },
    {
      label: 'admin step (admin → admin-verify)',
      from: '填写管理员信息',
      to: '在平台上完成短信验证和扫码',
      prepare: async () => {
        await page.getByLabel('管理员姓名').fill('张伟')
        await page.getByLabel('管理员身份证').fill('310104198503150212')
        await page.getByLabel('管理员手机').fill('13912345678')
      },
      before: async () => {
        // From activate-email to the admin step: 企业, its name and credit code, 微信认证.
        await done.check()
        await next.click()
        await heading(page, '主体是什么类型？').waitFor()
        await page.getByRole('radio', { name: '企业', exact: true }).check()
        await next.click()
        await heading(page, '填写主体信息').waitFor()
        await page.getByLabel('主体名称').fill('示例科技有限公司')
        await page.getByLabel('统一社会信用代码').fill('91350100M000100Y43')
        await next.click()
        await heading(page, '选择主体验证方式').waitFor()
        await page.getByRole('radio', { name: '微信认证' }).check()
        await next.click()
        await heading(page, '填写管理员信息').waitFor()
      },
    },
  ]

  if (others > 0) await seedOthers(page, changes, others)

  const results = []
  const profiles = Object.fromEntries(changes.map((change) => [change.label, []]))
  if (profilePath) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  }
  for (const change of changes) {
    await change.before?.()
    const samples = []
    for (let i = 0; i < warmup + reps; i += 1) {
      await heading(page, change.from).waitFor()
      await change.prepare(i)
      const profiling = profilePath && i >= warmup
      if (profiling) await cdp.send('Profiler.start')
      const ms = await timedClick(page, next)
      await heading(page, change.to).waitFor()
      if (profiling) profiles[change.label].push((await cdp.send('Profiler.stop')).profile)
      if (i >= warmup) samples.push(ms)
      await page.goBack()
    }
    await heading(page, change.from).waitFor()
    // On to the next change's starting point: this step done once more.
    await change.prepare(warmup + reps)
    await next.click()
    await heading(page, change.to).waitFor()
    results.push({ label: change.label, samples })
  }
  await context.close()
  if (profilePath) printProfiles(profiles, profilePath)
  return results
}

/**
 * `others` more registrations saved beside the measured one: a registration walked to the admin step and copies of
 * it (answers as a real one's), then a new registration to measure: a step change saves one, however many there are.
 */
async function seedOthers(page, changes, others) {
  const next = page.getByRole('button', { name: '下一步', exact: true })
  await changes[0].prepare(0)
  await next.click()
  await changes[1].before()
  await changes[1].prepare(10_000)
  await next.click()
  await heading(page, changes[1].to).waitFor()
  await changes[2].before()
  const id = /\/register\/([^/]+)\//.exec(page.url())[1]
  await page.evaluate(
    ([id, others]) => {
      const raw = localStorage.getItem(`mp-wizard.case.${id}`)
      for (let i = 0; i < others; i += 1) {
        // Each copy with identities of its own (email, admin hashes, credit code), so no quota is shared.
        const own = raw
          .replace(/bench-\d+@example\.com/g, `seeded-${i}@example.com`)
          .replace(/"([0-9a-f]{64})"/g, (_, hash) => `"${i.toString(16).padStart(8, '0')}${hash.slice(8)}"`)
          .replace(/91350100M000100Y43/g, `SEEDED${i}`)
        const copy = { ...JSON.parse(own), revision: 1 }
        copy.case = { ...copy.case, id: `seeded-${i}` }
        localStorage.setItem(`mp-wizard.case.seeded-${i}`, JSON.stringify(copy))
      }
    },
    [id, others],
  )
  // The registration measured is a new one (the one copied is past the steps measured, its email locked).
  await page.goto('/register/new?path=standalone')
  await page.getByRole('button', { name: '开始', exact: true }).click()
  await heading(page, changes[0].from).waitFor()
  const saved = await page.evaluate(
    () => Object.keys(localStorage).filter((k) => k.startsWith('mp-wizard.case.')).length,
  )
  if (saved !== others + 2) throw new Error(`expected ${others + 2} saved registrations, found ${saved}`)
}

/**
 * BENCH_PROFILE: the JavaScript CPU profile (DevTools' .cpuprofile, 0.1 ms samples) of every timed repetition,
 * one file per step change, and the functions that took the most time in them, by self time, with their total.
 */
function printProfiles(profiles, path) {
  for (const [index, [label, list]] of Object.entries(profiles).entries()) {
    const self = new Map()
    let total = 0
    for (const profile of list) {
      const byId = new Map(profile.nodes.map((node) => [node.id, node]))
      for (const [i, id] of profile.samples.entries()) {
        const { functionName, url, lineNumber } = byId.get(id).callFrame
        const where = `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber + 1}`
        const us = profile.timeDeltas[i] ?? 0
        self.set(where, (self.get(where) ?? 0) + us)
        total += us
      }
      writeFileSync(path.replace(/(\.json)?$/, `-${index + 1}.cpuprofile`), JSON.stringify(list[0]))
    }
    console.log(
      `profile, ${label}: ${(total / 1000 / list.length).toFixed(1)} ms sampled a repetition; top self time:`,
    )
    for (const [where, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      console.log(`  ${(us / 1000 / list.length).toFixed(2).padStart(8)} ms  ${where}`)
    }
  }
}

let browser
const servers = []
try {
  let appDir = process.env.BENCH_DIST ? resolve(root, process.env.BENCH_DIST) : join(work, 'app')
  if (!process.env.BENCH_DIST) {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: appDir, emptyOutDir: true },
    })
  }
  rmSync(bareSource, { recursive: true, force: true })
  mkdirSync(bareSource, { recursive: true })
  writeFileSync(
    join(bareSource, 'index.html'),
    '<!doctype html><html lang="zh-CN"><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>',
  )
  // The floor: what any React page must do for this interaction, and nothing else.
  writeFileSync(
    join(bareSource, 'main.js'),
    [
      "import { createElement as h, useEffect, useRef, useState } from 'react'",
      "import { createRoot } from 'react-dom/client'",
      'function Page() {',
      '  const [step, setStep] = useState(1)',
      '  const ref = useRef(null)',
      '  useEffect(() => ref.current.focus(), [step])',
      "  return h('main', null, h('h1', { ref, tabIndex: -1 }, 'step ' + step),",
      "    h('button', { type: 'button', onClick: () => setStep((n) => n + 1) }, 'next'))",
      '}',
      "createRoot(document.getElementById('root')).render(h(Page))",
    ].join('\n'),
  )
  const bareDir = join(work, 'bare')
  await build({
    root: bareSource,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true },
  })

  const app = await serve(appDir)
  const bare = await serve(bareDir)
  servers.push(app, bare)
  const url = (server) => `http://127.0.0.1:${server.address().port}`
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })

  const passes = []
  const passCount = Number(process.env.BENCH_PASSES ?? 2)
  for (let pass = 1; pass <= passCount; pass += 1) {
    const floor = stats(await floorPass(browser, url(bare)))
    const steps = (
      await appPass(browser, url(app), pass === passCount ? process.env.BENCH_PROFILE : undefined)
    ).map((row) => ({ ...row, ...stats(row.samples) }))
    passes.push({ floor, steps })
  }
  // The same step changes with 200 registrations saved in this browser instead of one.
  const crowded = (await appPass(browser, url(app), undefined, 198)).map((row) => ({
    ...row,
    ...stats(row.samples),
  }))

  const ms = (n) => `${n.toFixed(1)} ms`
  console.log(
    `click on 下一步 → next h1 focused, Chromium CPU throttled ${throttle}×, ${reps} reps (after ${warmup} warm-up)`,
  )
  for (const [i, { floor, steps }] of passes.entries()) {
    console.log(`pass ${i + 1}: bare React floor median ${ms(floor.median)}, p90 ${ms(floor.p90)}`)
    for (const row of steps) {
      console.log(
        `  ${row.label.padEnd(56)} median ${ms(row.median).padStart(9)} (${(row.median / floor.median).toFixed(1)}× floor)` +
          `  p90 ${ms(row.p90).padStart(9)} (${(row.p90 / row.median).toFixed(2)}× median)  max ${ms(row.max)}`,
      )
    }
  }
  const single = passes.at(-1).steps
  console.log('with 200 registrations saved in this browser (the last pass had one):')
  for (const [i, row] of crowded.entries()) {
    console.log(
      `  ${row.label.padEnd(56)} median ${ms(row.median).padStart(9)}, with one ${ms(single[i].median)}` +
        ` (${(row.median / single[i].median).toFixed(2)}×)  p90 ${ms(row.p90)}`,
    )
  }
} finally {
  await browser?.close()
  for (const server of servers) server.close()
  rmSync(work, { recursive: true, force: true })
  rmSync(bareSource, { recursive: true, force: true })
}
