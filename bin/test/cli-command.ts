import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    cliBundle: string
    appStandinBundle: string
  }
}

/** Node, which the tests run the bundled CLI with: `NODE CLI <args>` (bin/test/cli-bundle.ts). */
export const NODE = process.execPath
/** bin/cli.ts bundled once per test run. */
export const CLI = inject('cliBundle')
/** lib/db/test/app-standin.ts bundled once per test run. */
export const APP_STANDIN = inject('appStandinBundle')
