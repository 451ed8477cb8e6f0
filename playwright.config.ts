import { defineConfig, devices } from '@playwright/test'

// E2E_PORT and E2E_DIST let several people run the suite at once on one machine, each against their own build.
const port = Number(process.env.E2E_PORT ?? 4173)
const outDir = process.env.E2E_DIST ?? 'dist'
export const baseURL = `http://127.0.0.1:${port}`
const teamPort = port + 4000
const teamDbDir = `/tmp/mp-team-e2e-${port}`

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
    // The service worker serves the app from its cache: specs that stub or block requests need the page's own
    // requests, so it is off except where a spec turns it on (offline-app.spec.ts).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  // The app is built before this runs (`npm run build`, or .ci/run); preview serves dist/.
  // The team server answers /api through preview's proxy, on a fresh throwaway database each run (its folder under
  // /tmp/mp-team-*, which .ci/run stops on exit if anything was left running).
  webServer: [
    {
      command: `rm -rf ${teamDbDir} && npx tsx server/main.ts`,
      env: { TEAM_PORT: String(teamPort), TEAM_DB_DIR: teamDbDir },
      url: `http://127.0.0.1:${teamPort}/api/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 90_000,
      // SIGTERM lets the server stop its database cluster too.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --host 127.0.0.1 --strictPort --port ${port} --outDir ${outDir}`,
      env: { TEAM_SERVER: `http://127.0.0.1:${teamPort}` },
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
