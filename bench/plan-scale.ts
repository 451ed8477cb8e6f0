// Times 批量规划 in Chromium on the built app: a CSV file of 1,000 and of 5,000 rows opened on /plan, from the
// file chosen to the schedule shown (read, checked, hashed, scheduled in the page's worker; the ledger read on
// the page), with the ratio of the two (target: 5,000 within 6× of 1,000), and the longest task the page's
// main thread ran meanwhile (PerformanceObserver 'longtask'). Also the same work in Node, without a browser,
// for reference. It prints figures; it does not pass or fail. Run with tsx (it builds its rows with the
// domain's own sample data, so every generated row is valid unless made otherwise on purpose).
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from '@playwright/test'
import { build } from 'vite'
import {
  matchHeaders,
  plannedRow,
  readPlanRow,
  ruleSets,
  sampleCreditCode,
  sampleIdCard,
  sampleMobile,
  schedulePlan,
  emptyPlanUsage,
  type PlannedRow,
} from '../src/domain'
import { addMessages } from '../src/i18n'
import { plan } from '../src/i18n/zh-CN/plan'

addMessages('plan', plan)

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = mkdtempSync(join(tmpdir(), 'plan-scale-'))
const sizes = [1_000, 5_000]
const runs = 3
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

const header = [
  '主体名称',
  '统一社会信用代码',
  '主体类型',
  '注册方式',
  '公众号',
  '管理员姓名',
  '管理员身份证',
  '管理员手机',
  '邮箱',
  '小程序名称',
  '希望完成月份',
]

/**
 * A plan as an agency would have it: 200 subjects, each with a service account; 1,000 admins used over and
 * over (so ID card and mobile limits bite); a third of the rows 复用公众号, a third 不限; wished months spread
 * over a year; one row in a hundred with a mistake (an email without @).
 */
function planRows(n: number): string[][] {
  const rows: string[][] = []
  for (let i = 1; i <= n; i += 1) {
    const subject = i % 200
    const path = ['单独注册', '复用公众号', '不限'][i % 3]!
    const month = `2027-${String((i % 12) + 1).padStart(2, '0')}`
    rows.push([
      `规划测试${subject}号有限公司`,
      sampleCreditCode(subject),
      '企业',
      path,
      path === '单独注册' ? '' : `规划测试${subject}号服务号`,
      '张三',
      sampleIdCard(i % 1000),
      sampleMobile(i % 1000),
      i % 100 === 0 ? `bad-email-${i}` : `plan-${i}@example.com`,
      `规划助手${i}`,
      i % 4 === 0 ? '' : month,
    ])
  }
  return rows
}

const csvOf = (rows: string[][]) => `\uFEFF${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** The same reading and scheduling in Node, with a stand-in hash (no Web Crypto round trips). */
function inNode(rows: string[][]) {
  const start = performance.now()
  const columns = matchHeaders(header).columns
  const planned: PlannedRow[] = []
  rows.forEach((cells, i) => {
    const read = readPlanRow(cells, columns, ruleSets.current, today, i + 2)
    if (read.ok)
      planned.push(plannedRow(read.value, { idCard: read.value.idCard, mobile: read.value.mobile }))
  })
  const schedule = schedulePlan(planned, emptyPlanUsage, ruleSets.current, {
    startMonth: today.slice(0, 7),
    today,
  })
  return {
    ms: performance.now() - start,
    scheduled: schedule.totals.scheduled,
    refused: schedule.totals.refused,
  }
}

const server = createServer((request, response) => {
  const pathname = new URL(request.url ?? '/', 'http://x').pathname
  let path = join(out, pathname)
  if (!path.startsWith(out)) return void response.writeHead(404).end()
  // The app's routes are the SPA's: anything not a file is index.html.
  if (!existsSync(path) || !extname(path)) path = join(out, 'index.html')
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
  createReadStream(path).pipe(response)
})

let browser: Browser | undefined
try {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true },
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  const results: {
    size: number
    ms: number
    longest: number
    shown: string
    node: ReturnType<typeof inNode>
  }[] = []
  for (const size of sizes) {
    const rows = planRows(size)
    const buffer = Buffer.from(csvOf(rows), 'utf8')
    const times: number[] = []
    const longest: number[] = []
    let shown = ''
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage()
      await page.addInitScript(() => {
        const w = window as unknown as { longest: number }
        w.longest = 0
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration)
        }).observe({ type: 'longtask', buffered: false })
      })
      await page.goto(`http://127.0.0.1:${port}/plan`)
      await page.getByRole('heading', { level: 1, name: '批量规划' }).waitFor()
      await page.evaluate(() => {
        ;(window as unknown as { longest: number }).longest = 0
      })
      const start = performance.now()
      await page.locator('#plan-file').setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer })
      await page.getByRole('heading', { level: 2, name: '规划结果' }).waitFor({ timeout: 300_000 })
      times.push(performance.now() - start)
      longest.push(await page.evaluate(() => (window as unknown as { longest: number }).longest))
      shown = (await page.locator('.plan-totals__list').innerText()).replace(/\n/g, '；')
      await page.close()
    }
    results.push({ size, ms: median(times), longest: Math.max(...longest), shown, node: inNode(rows) })
  }
  console.log('批量规划 (CSV file opened on /plan → schedule shown; median of %d runs, Chromium)', runs)
  for (const r of results) {
    console.log(
      `  ${String(r.size).padStart(5)} rows: ${r.ms.toFixed(0).padStart(6)} ms in the browser; longest main-thread task ${r.longest.toFixed(0)} ms; in Node ${r.node.ms.toFixed(0)} ms (${r.node.scheduled} scheduled, ${r.node.refused} refused)`,
    )
    console.log(`         shown: ${r.shown}`)
  }
  const [small, large] = results
  console.log(
    `  ratio ${large!.size}/${small!.size}: ${(large!.ms / small!.ms).toFixed(2)}× (target: within 6×)`,
  )
} finally {
  await browser?.close()
  server.close()
  rmSync(out, { recursive: true, force: true })
}
