// How long the event loop stalls while one person runs a heavy operation on a large translation, and how long
// the operation takes. In one process, as in the app: a PGlite in a temporary folder, a document of
// BENCH_LARGE_PARAGRAPHS paragraphs (default 18,659, the size of the probe's document) with a German
// translation imported 1:1 (automatic, unconfirmed links), then each operation in BENCH_LARGE_OPS (default
// all): `qa` the quality report, `realign` "Realign unconfirmed", `links` the alignment view.
// A 20 ms timer records its gaps (what a request waits for the thread), with monitorEventLoopDelay beside it.
//   npm run bench:qa-report          (the quality report only)
//   npm run bench:realign            (the realignment, then the alignment view)
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createDb } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import { applyMigrations } from '@/lib/db/migrate'
import { newPglite } from '@/lib/db/new-pglite'
import { getSystemActor } from '@/lib/db/users'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { getAlignmentView } from '@/lib/server/alignment/alignment-view'
import { applyAlignmentOperation } from '@/lib/server/alignment/apply-alignment-operation'
import { getTranslationQa } from '@/lib/server/qa/translation-qa'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'
import { generateParallel } from './align/generate-parallel'
import { round } from './stats'
import { timerGaps } from './timer-gaps'

const PARAGRAPHS = Number(process.env.BENCH_LARGE_PARAGRAPHS ?? 18_659)
const OPS = (process.env.BENCH_LARGE_OPS ?? 'qa,realign,links').split(',')
const TICK_MS = 20
// Real German words for the target (made-up ones would each be a misspelling, and Hunspell's suggestions
// for 18,000 rows of them take hours in the spelling worker); numbers are kept, so the numbers check reads them.
const GERMAN = [
  'und',
  'der',
  'die',
  'das',
  'Haus',
  'Stadt',
  'Wasser',
  'Zeit',
  'Jahr',
  'Welt',
  'Tag',
  'Land',
  'Arbeit',
  'Kind',
  'gut',
  'neu',
]
const germanOf = (sentence: string) =>
  sentence.replace(
    /\p{L}+/gu,
    (word) => GERMAN[[...word].reduce((sum, c) => sum + c.charCodeAt(0), 0) % GERMAN.length]!,
  )

/** Runs `work` with a 20 ms timer beside it: the time, the timer's longest gap, and the event loop's longest delay. */
async function stalls<T>(name: string, work: () => Promise<T>): Promise<T> {
  const delay = monitorEventLoopDelay({ resolution: 10 })
  delay.enable()
  const { value, seconds, ticks, longestMs } = await timerGaps(TICK_MS, work).finally(() => delay.disable())
  console.log(
    JSON.stringify({
      op: name,
      paragraphs: PARAGRAPHS,
      seconds: round(seconds, 2),
      ticks,
      longestGapMs: round(longestMs, 0),
      eventLoopLongestMs: round(delay.max / 1e6, 0),
      load: round(loadavg()[0]!, 1),
    }),
  )
  return value
}

const dir = mkdtempSync(path.join(tmpdir(), 'parallel-large-translation-bench-'))
const pglite = newPglite({ dataDir: path.join(dir, 'pglite') })
try {
  await applyMigrations(pglite)
  const db = createDb({ kind: 'pglite', pglite })
  const actor = await getSystemActor(db)
  const { source, target } = generateParallel(PARAGRAPHS, PARAGRAPHS, 7)
  const document = await createDocument(db, {
    title: 'Large',
    sourceLang: 'en',
    paragraphs: source.map((text) => textToDoc(text)),
  })
  const ref = { documentId: document.id, lang: 'de' }
  // A first small report starts the worker threads and loads the German dictionary, which is not measured.
  const small = await createDocument(db, { title: 'Warm-up', sourceLang: 'en', paragraphs: [textToDoc('One.')] })
  await importTranslationText(db, { documentId: small.id, lang: 'de', paragraphs: [textToDoc('Eins.')] })
  await getTranslationQa(db, { documentId: small.id, lang: 'de' })
  await importTranslationText(db, { ...ref, paragraphs: target.map((text) => textToDoc(germanOf(text))) })
  if (OPS.includes('qa')) {
    const qa = await stalls('qa', () => getTranslationQa(db, ref))
    console.log(JSON.stringify({ issues: qa.issues.length, counts: qa.counts }))
  }
  if (OPS.includes('realign')) {
    const { version } = (await getAlignmentView(db, ref))!
    await stalls('realign', () => applyAlignmentOperation(db, { ...ref, version, request: { op: 'realign' } }, actor))
  }
  if (OPS.includes('links')) await stalls('links', () => getAlignmentView(db, ref))
  await db.$disconnect()
} finally {
  await pglite.close().catch(() => undefined)
  rmSync(dir, { recursive: true, force: true })
}
