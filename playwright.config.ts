import { defineConfig, devices } from '@playwright/test'

// E2E_PORT and E2E_DIST let several people run the suite at once on one machine, each against their own build.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_DIST ?? 'dist'
export const baseURL = `http://127.0.0.1:${port}`

// Debian's Chromium, never a downloaded browser. The flags keep it quiet: no GPU, no QUIC, and none of
// Chrome's own background traffic (updates, sync, field trials), so the offline spec sees only our requests.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/playwright.json' }]],
  outputDir: `test-results/${port}`,
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  // The app is built before this runs (`npm run build`, or .ci/run); preview serves dist/.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --strictPort --port ${port} --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
