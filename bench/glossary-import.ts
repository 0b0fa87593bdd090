// How long another request waits on PGlite while a big glossary is imported (and how long the import takes).
// In one process, as in the app: a PGlite in a temporary folder, a reader asking for one page of another
// pair's glossary every 20 ms, and the CSV import of BENCH_GLOSSARY_ROWS rows (default 200,000), twice:
// first every row added, then every row updated.
//   npm run bench:glossary-import
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createDb } from '@/lib/db/client'
import { createGlossaryTerm, listGlossaryTerms } from '@/lib/db/glossary'
import { applyMigrations } from '@/lib/db/migrate'
import { newPglite } from '@/lib/db/new-pglite'
import { importGlossary } from '@/lib/server/glossary/import-glossary'
import { quantile, round } from './stats'

const ROWS = Number(process.env.BENCH_GLOSSARY_ROWS ?? 200_000)
const READ_EVERY_MS = 20

const csvOf = (note: string) =>
  'source,target,partOfSpeech,definition,note\n' +
  Array.from({ length: ROWS }, (_, i) => `term ${i},термин ${i},noun,Definition of term ${i},${note} ${i}`).join('\n')

const dir = mkdtempSync(path.join(tmpdir(), 'parallel-glossary-bench-'))
const pglite = newPglite({ dataDir: path.join(dir, 'pglite') })
try {
  await applyMigrations(pglite)
  const db = createDb({ kind: 'pglite', pglite })
  const other = { srcLang: 'de', tgtLang: 'ru' }
  await createGlossaryTerm(db, other, {
    sourceTerm: 'Haus',
    targetTerm: 'дом',
    partOfSpeech: '',
    definition: '',
    note: '',
    forbidden: [],
  })
  for (const note of ['first', 'second']) {
    const bytes = new TextEncoder().encode(csvOf(note))
    const waits: number[] = []
    let running = true
    const reader = (async () => {
      // A read is due every 20 ms; its wait runs from when it was due, so a stalled event loop counts too.
      let due = performance.now()
      while (running) {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
        await listGlossaryTerms(db, other)
        waits.push(performance.now() - due)
        due = Math.max(due + READ_EVERY_MS, performance.now())
      }
    })()
    const delay = monitorEventLoopDelay({ resolution: 10 })
    delay.enable()
    const start = performance.now()
    const result = await importGlossary(db, { srcLang: 'en', tgtLang: 'ru' }, { bytes, format: 'csv' })
    const took = performance.now() - start
    delay.disable()
    running = false
    await reader
    console.log(
      JSON.stringify({
        import: note === 'first' ? 'add' : 'update',
        rows: ROWS,
        added: result.added,
        updated: result.updated,
        seconds: round(took / 1000, 2),
        reads: waits.length,
        readMedianMs: round(quantile(waits, 0.5), 0),
        readLongestMs: round(Math.max(...waits), 0),
        eventLoopLongestMs: round(delay.max / 1e6, 0),
        load: round(loadavg()[0]!, 1),
      }),
    )
  }
  await db.$disconnect()
} finally {
  await pglite.close().catch(() => undefined)
  rmSync(dir, { recursive: true, force: true })
}
