import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import path from 'node:path'
import { build, type Plugin } from 'esbuild'

const root = path.resolve(import.meta.dirname, '../..')

/**
 * bin/cli.ts imports `./commands/${name}.ts`, which esbuild bundles as every file the pattern matches; the
 * tests beside the commands match too, and would load Vitest into the CLI. They become empty modules.
 */
const leaveOutTestFiles: Plugin = {
  name: 'leave-out-test-files',
  setup(build) {
    build.onLoad({ filter: /\.test\.ts$/ }, () => ({ contents: 'export {}', loader: 'ts' }))
  },
}

/**
 * Vitest global setup: bundles bin/cli.ts (and the app stand-in the CLI tests run beside) once per run, so
 * the tests that spawn them start `node <bundle>` rather than tsx, whose loader resolves and compiles every
 * module again in each child: seconds of CPU per spawn. Packages stay external and are resolved from the
 * project's node_modules, so the bundles live under node_modules/.cache. One test still runs the command as
 * users type it (`npm run --silent cli`, bin/cli.test.ts).
 */
export default async function setup({
  provide,
}: {
  provide: (key: string, value: string) => void
}): Promise<() => void> {
  const cache = path.join(root, 'node_modules/.cache')
  mkdirSync(cache, { recursive: true })
  const dir = mkdtempSync(path.join(cache, 'parallel-cli-'))
  await build({
    entryPoints: [
      { in: path.join(root, 'bin/cli.ts'), out: 'cli' },
      { in: path.join(root, 'lib/db/test/app-standin.ts'), out: 'app-standin' },
    ],
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { '@': root },
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'error',
    plugins: [leaveOutTestFiles],
  })
  provide('cliBundle', path.join(dir, 'cli.mjs'))
  provide('appStandinBundle', path.join(dir, 'app-standin.mjs'))
  return () => rmSync(dir, { recursive: true, force: true })
}
