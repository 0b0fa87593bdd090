// How much memory a glossary export takes: the peak JavaScript heap (and RSS) above what the process held
// before, while the CSV and the TBX export of BENCH_GLOSSARY_ROWS terms (default 200,000) are read to the end
// as the route sends them. In one process, as in the app: a PGlite in a temporary folder.
// The peak counts garbage not yet collected, which V8 lets grow with a roomy heap: cap the heap to see what stays.
//   npm run bench:glossary-export        NODE_OPTIONS=--max-old-space-size=256 npm run bench:glossary-export
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { createDb } from '@/lib/db/client'
import { writeGlossaryTerms } from '@/lib/db/glossary'
import { applyMigrations } from '@/lib/db/migrate'
import { newPglite } from '@/lib/db/new-pglite'
import { streamText } from '@/lib/http/stream-text'
import { exportGlossary } from '@/lib/server/glossary/export-glossary'
import { round } from './stats'

const ROWS = Number(process.env.BENCH_GLOSSARY_ROWS ?? 200_000)
const MB = 1024 * 1024

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const dir = mkdtempSync(path.join(tmpdir(), 'parallel-glossary-export-bench-'))
const pglite = newPglite({ dataDir: path.join(dir, 'pglite') })
try {
  await applyMigrations(pglite)
  const db = createDb({ kind: 'pglite', pglite })
  const pair = { srcLang: 'en', tgtLang: 'ru' }
  const added = Array.from({ length: ROWS }, (_, i) => ({
    sourceTerm: `term ${i}`,
    targetTerm: `термин ${i}`,
    partOfSpeech: 'noun' as const,
    definition: `Definition of term ${i}`,
    note: `note ${i}`,
    forbidden: [`вариант ${i}`],
  }))
  await writeGlossaryTerms(db, pair, { added, updated: [] })
  added.length = 0
  for (const format of ['csv', 'tbx'] as const) {
    gc()
    const before = process.memoryUsage()
    const peak = { heap: before.heapUsed, rss: before.rss }
    const sample = () => {
      const now = process.memoryUsage()
      peak.heap = Math.max(peak.heap, now.heapUsed)
      peak.rss = Math.max(peak.rss, now.rss)
    }
    const sampler = setInterval(sample, 5)
    const start = performance.now()
    const file = exportGlossary(db, pair, format)
    // Read as the route sends it: a Response body, chunk by chunk.
    const reader = new Response(streamText(file.chunks)).body!.getReader()
    let bytes = 0
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength
      sample()
    }
    const took = performance.now() - start
    clearInterval(sampler)
    console.log(
      JSON.stringify({
        export: format,
        terms: ROWS,
        megabytes: round(bytes / MB, 1),
        seconds: round(took / 1000, 2),
        peakHeapAboveStartMb: round((peak.heap - before.heapUsed) / MB, 1),
        peakRssAboveStartMb: round((peak.rss - before.rss) / MB, 1),
      }),
    )
  }
  await db.$disconnect()
} finally {
  await pglite.close().catch(() => undefined)
  rmSync(dir, { recursive: true, force: true })
}
