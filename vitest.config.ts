import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'bin/**/*.test.ts', 'prisma/**/*.test.ts'],
    globalSetup: ['./lib/db/test/global-setup.ts', './bin/test/cli-bundle.ts'],
    setupFiles: ['./lib/test/fail-on-console.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
