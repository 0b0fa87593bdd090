import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import { storageStateOf } from './e2e/auth-state'

const PORT = Number(process.env.E2E_PORT ?? 3210)
const isCI = Boolean(process.env.CI)
// Debian's Chromium where it is installed (this machine cannot download Playwright's browsers).
const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

if (process.env.DATABASE_URL && !/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(process.env.DATABASE_URL)) {
  throw new Error('Refusing to run end-to-end tests against a non-local DATABASE_URL')
}

export default defineConfig({
  testDir: 'e2e',
  // Two instances on PostgreSQL have a config of their own (playwright.instances.config.ts).
  testIgnore: ['instances/**'],
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    contextOptions: { reducedMotion: 'reduce' },
    locale: 'en-US',
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      dependencies: ['setup'],
      use: {
        ...devices['Desktop Chrome'],
        // Signed in as the demo admin (e2e/auth.setup.ts); tests that need someone else use `signedInAs`.
        storageState: storageStateOf('admin'),
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: !isCI,
    timeout: 180_000,
    stdout: 'pipe',
  },
})
