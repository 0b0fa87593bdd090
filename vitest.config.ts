import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'bin/**/*.test.ts', 'prisma/**/*.test.ts'],
    globalSetup: ['./lib/db/test/global-setup.ts', './bin/test/cli-bundle.ts'],
    setupFiles: ['./lib/test/fail-on-console.ts'],
    // Two workers even on two cores (Vitest's default is cores - 1): the files wait on child processes and
    // databases much of the time. Each worker gets its own PostgreSQL database (docs/decisions/012).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
