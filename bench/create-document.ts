// Time to create one 20,000-paragraph document, and three at once: `npx tsx bench/create-document.ts`
// (PGlite in memory; set BENCH_DATABASE_URL to a local PostgreSQL to measure it too). Figures only.
import { newPglite } from '../lib/db/new-pglite'
import { createDb, type Db } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import { applyMigrations } from '@/lib/db/migrate'
import { openRawDb } from '@/lib/db/open-raw'
import { textToDoc } from '@/lib/richtext/text-to-doc'

const PARAGRAPHS = Number(process.env.BENCH_PARAGRAPHS ?? 20_000)
const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => textToDoc(`Paragraph ${i} with a few words in it.`))

async function measure(db: Db, concurrent: number): Promise<number> {
  const start = performance.now()
  await Promise.all(
    Array.from({ length: concurrent }, (_, n) =>
      createDocument(db, { title: `Bench ${n}`, sourceLang: 'en', paragraphs }),
    ),
  )
  return Math.round(performance.now() - start)
}

async function run(name: string, db: Db) {
  for (const concurrent of [1, 3]) {
    try {
      console.log(`${name}: ${concurrent} x ${PARAGRAPHS} paragraphs: ${await measure(db, concurrent)} ms`)
    } catch (error) {
      console.log(
        `${name}: ${concurrent} x ${PARAGRAPHS} paragraphs: failed: ${(error as Error).message.split('\n')[0]}`,
      )
    }
  }
  await db.$disconnect()
}

const pglite = newPglite()
await applyMigrations(pglite)
await run('pglite', createDb({ kind: 'pglite', pglite }))
const url = process.env.BENCH_DATABASE_URL
if (url) {
  const raw = await openRawDb({ kind: 'postgres', url })
  await raw.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
  await applyMigrations(raw)
  await raw.close()
  await run('postgres', createDb({ kind: 'postgres', url }))
}
