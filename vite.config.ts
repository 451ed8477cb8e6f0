import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { securityHeaders } from './security-headers.ts'
import { serviceWorker } from './service-worker/plugin.ts'

// `npm run dev:team` (and the e2e run) set TEAM_SERVER: /api goes to the team server, so the app and the API share
// an origin. Without it nothing is forwarded, and the app makes no request to any API.
// The Host header is kept (changeOrigin false), so the server sees the origin the browser does.
const teamProxy = process.env.TEAM_SERVER
  ? { '/api': { target: process.env.TEAM_SERVER, changeOrigin: false } }
  : undefined

export default defineConfig({
  plugins: [react(), serviceWorker()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: teamProxy,
  },
  // The built app under the headers it is meant to be served with (security-headers.ts); the dev server goes
  // without, since Vite's own development code runs inline.
  preview: { host: '127.0.0.1', port: 4173, proxy: teamProxy, headers: securityHeaders },
  build: { sourcemap: false, reportCompressedSize: false },
  test: {
    globals: true,
    restoreMocks: true,
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The domain core needs no DOM: its tests run in plain Node, which starts far faster than jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/domain/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          testTimeout: 20_000,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/domain/**', 'tests/e2e/**', 'node_modules/**'],
        },
      },
      // The team server: plain Node against a throwaway PostgreSQL cluster the global setup starts.
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
