// How long the first glossary lookup after a change holds the thread: a pair of BENCH_GLOSSARY_ROWS terms
// (default 200,000) in a PGlite in a temporary folder, one term changed, then the lookup the editor makes for
// a segment (`findGlossaryMatches`), which rebuilds the pair's term index, with a 20 ms timer beside it.
//   npm run bench:glossary-index
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { createDb } from '@/lib/db/client'
import { writeGlossaryTerms } from '@/lib/db/glossary'
import { applyMigrations } from '@/lib/db/migrate'
import { newPglite } from '@/lib/db/new-pglite'
import { findGlossaryMatches } from '@/lib/server/glossary/find-glossary-matches'
import { round } from './stats'
import { timerGaps } from './timer-gaps'

const ROWS = Number(process.env.BENCH_GLOSSARY_ROWS ?? 200_000)

const dir = mkdtempSync(path.join(tmpdir(), 'parallel-glossary-index-bench-'))
const pglite = newPglite({ dataDir: path.join(dir, 'pglite') })
try {
  await applyMigrations(pglite)
  const db = createDb({ kind: 'pglite', pglite })
  const pair = { srcLang: 'en', tgtLang: 'ru' }
  const term = (i: number) => ({
    sourceTerm: `term ${i} word`,
    targetTerm: `термин ${i}`,
    partOfSpeech: 'noun' as const,
    definition: `Definition of term ${i}`,
    note: '',
    forbidden: [],
  })
  await writeGlossaryTerms(db, pair, { added: Array.from({ length: ROWS }, (_, i) => term(i)), updated: [] })
  const text = 'The term 17 word and the term 123 word meet here.'
  for (const run of ['first lookup', 'after a change', 'cached']) {
    if (run === 'after a change') await writeGlossaryTerms(db, pair, { added: [term(ROWS)], updated: [] })
    const { value, seconds, longestMs } = await timerGaps(20, () => findGlossaryMatches(db, pair, text))
    console.log(
      JSON.stringify({
        run,
        terms: ROWS,
        matches: value.length,
        seconds: round(seconds, 2),
        longestGapMs: round(longestMs, 0),
        load: round(loadavg()[0]!, 1),
      }),
    )
  }
  await db.$disconnect()
} finally {
  await pglite.close().catch(() => undefined)
  rmSync(dir, { recursive: true, force: true })
}
