// Runs before `next dev` and `next start`: applies migrations and loads the demo article, then closes the database
// so the server is the only process holding the PGlite folder. It refuses while the app already runs on the folder
// (a second `npm run dev`): migrating or recovering imports under a running app is not its job.
// `--migrate-only` applies the migrations and nothing else: the one step a deployment of several app
// instances runs once, before starting them, while others may still be running (docs/deploy.md).
import { createDb, readDbConfig } from '../lib/db/client'
import { DatabaseUnavailableError } from '../lib/db/db-unavailable'
import { applyMigrations } from '../lib/db/migrate'
import { openRawDb } from '../lib/db/open-raw'
import path from 'node:path'
import { dataRoot, readEnv } from '../lib/env'
import { importDirPath } from '../lib/http/import-upload'
import { recoverImportsAtStart } from '../lib/server/imports/recover-imports-at-start'
import { ensureDemoAccounts } from '../lib/server/users/demo-accounts'
import { seedDemo } from '../prisma/seed'
import { indexUnindexedTmUnits } from '../lib/db/tm-units'

async function main(): Promise<void> {
  const config = readDbConfig()
  const raw = await openRawDb(config)
  const applied = await applyMigrations(raw)
  if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`)
  if (process.argv.includes('--migrate-only')) {
    if (applied.length === 0) console.log('No migrations to apply')
    await raw.close()
    return
  }
  const db = config.kind === 'pglite' ? createDb({ kind: 'pglite', pglite: raw.pglite }) : createDb(config)
  if (readEnv().PARALLEL_SKIP_SEED !== '1') {
    const demo = await seedDemo(db)
    console.log(demo.created ? `Loaded the demo article (${demo.id})` : 'Demo article already loaded')
  }
  // Memory units stored before the word index existed (migration 20261204900000) are indexed once.
  const indexed = await indexUnindexedTmUnits(db)
  if (indexed > 0) console.log(`Indexed ${indexed} translation memory unit(s)`)
  // `npm run dev` only: people to sign in as. `npm start` leaves the first sign-up to become admin.
  if (process.argv.includes('--demo-accounts')) {
    const file = path.join(dataRoot(), 'demo-accounts.txt')
    const made = await ensureDemoAccounts(db, file)
    if (made.length > 0) {
      console.log(`Demo accounts (shown once; also in ${file}, readable only by you):`)
      for (const account of made)
        console.log(`  ${account.role.padEnd(10)} ${account.email.padEnd(30)} ${account.password}`)
    } else console.log(`Sign in with an existing account (demo accounts, if made here: ${file})`)
  }
  // Jobs left running resume (at once on PGlite, after their lease on PostgreSQL); uploads nobody needs are removed.
  const recovered = await recoverImportsAtStart(db, { importDir: importDirPath(), embedded: config.kind === 'pglite' })
  if (recovered.resumedJobs > 0) console.log(`Resuming ${recovered.resumedJobs} interrupted import(s)`)
  if (recovered.removedUploads + recovered.removedFiles > 0)
    console.log(`Removed ${recovered.removedUploads + recovered.removedFiles} leftover upload chunk(s) and file(s)`)
  if (recovered.removedDocuments > 0)
    console.log(`Removed ${recovered.removedDocuments} document(s) an interrupted import left unfinished`)
  await db.$disconnect()
  await raw.close()
}

main().catch((error: unknown) => {
  // A known refusal (the app already runs on the folder) reads better without a stack trace.
  console.error(error instanceof DatabaseUnavailableError ? error.message : error)
  process.exit(1)
})
