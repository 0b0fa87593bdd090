import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// Two app instances on two ports against one PostgreSQL database (issue #13): what one instance writes
// reaches browsers on the other through LISTEN/NOTIFY. Run: E2E_DATABASE_URL=postgresql://… npx playwright
// test -c playwright.instances.config.ts (after `npx next build`).
const PORT_A = Number(process.env.E2E_PORT ?? 3220)
const PORT_B = PORT_A + 1
const url = process.env.E2E_DATABASE_URL ?? ''
if (!/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(url))
  throw new Error('Set E2E_DATABASE_URL to a local PostgreSQL database (it is emptied)')

export default defineConfig({
  ...base,
  testDir: 'e2e/instances',
  testIgnore: [],
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT_A}` },
  projects: (base.projects ?? []).map((project) =>
    project.name === 'setup' ? { ...project, testDir: 'e2e', testMatch: /auth\.setup\.ts/ } : project,
  ),
  webServer: [
    {
      command: `bash scripts/e2e-pg-server.sh ${PORT_A} first`,
      url: `http://127.0.0.1:${PORT_A}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
    },
    {
      command: `bash scripts/e2e-pg-server.sh ${PORT_B} second ${PORT_A}`,
      url: `http://127.0.0.1:${PORT_B}/api/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
    },
  ],
})
