// How long other requests wait while one person pre-translates or bulk-approves a large translation. In one
// process, as in the app: a PGlite in a temporary folder, a document of BENCH_PRETRANSLATE_PARAGRAPHS
// paragraphs (default 2,000) whose sentences are all in the memory, pre-translated into an empty German
// translation; then a document of BENCH_APPROVE_SEGMENTS paragraphs (default 5,000) with a Russian translation
// all `translated`, approved with the filter. A 20 ms timer records its gaps (the thread held), and a request
// beside it (`SELECT 1` through Prisma every 20 ms) records how long it waited for the database.
//   npm run bench:bulk-writes      (BENCH_BULK_OPS=pretranslate,approve; both by default)
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { createDb, type Db } from '@/lib/db/client'
import { createDocument } from '@/lib/db/documents'
import { insertTranslation } from '@/lib/db/insert-translation'
import { applyMigrations } from '@/lib/db/migrate'
import { newPglite } from '@/lib/db/new-pglite'
import { oneToOneRows } from '@/lib/db/test/factories'
import { upsertTmUnits } from '@/lib/db/tm-units'
import { createTranslation } from '@/lib/db/translations'
import { getSystemActor } from '@/lib/db/users'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { approveSegments } from '@/lib/server/review/approve-segments'
import { pretranslateTranslation } from '@/lib/server/tm/pretranslate-translation'
import { generateParallel } from './align/generate-parallel'
import { round } from './stats'
import { timerGaps } from './timer-gaps'

const PARAGRAPHS = Number(process.env.BENCH_PRETRANSLATE_PARAGRAPHS ?? 2_000)
const SEGMENTS = Number(process.env.BENCH_APPROVE_SEGMENTS ?? 5_000)
const OPS = (process.env.BENCH_BULK_OPS ?? 'pretranslate,approve').split(',')
const TICK_MS = 20

/** Runs `work` with the 20 ms timer and a request every 20 ms beside it: the time, the longest gap, the longest wait. */
async function stalls<T>(db: Db, name: string, work: () => Promise<T>): Promise<T> {
  let running = true
  const waits: number[] = []
  const requests = (async () => {
    while (running) {
      const start = performance.now()
      await db.$queryRawUnsafe('SELECT 1')
      waits.push(performance.now() - start)
      await new Promise((resolve) => setTimeout(resolve, TICK_MS))
    }
  })()
  const { value, seconds, ticks, longestMs } = await timerGaps(TICK_MS, work).finally(() => (running = false))
  await requests
  console.log(
    JSON.stringify({
      op: name,
      seconds: round(seconds, 2),
      ticks,
      longestGapMs: round(longestMs, 0),
      requests: waits.length,
      longestRequestMs: round(Math.max(...waits), 0),
      load: round(loadavg()[0]!, 1),
    }),
  )
  return value
}

const dir = mkdtempSync(path.join(tmpdir(), 'parallel-bulk-writes-bench-'))
const pglite = newPglite({ dataDir: path.join(dir, 'pglite') })
try {
  await applyMigrations(pglite)
  const db = createDb({ kind: 'pglite', pglite })
  const actor = await getSystemActor(db)
  if (OPS.includes('pretranslate')) {
    const { source } = generateParallel(PARAGRAPHS, PARAGRAPHS, 11)
    const document = await createDocument(db, {
      title: 'Pre-translate',
      sourceLang: 'en',
      paragraphs: source.map((text) => textToDoc(text)),
    })
    await upsertTmUnits(
      db,
      source.map((text, i) => ({
        srcLang: 'en',
        tgtLang: 'de',
        source: text,
        target: `[de ${i}] ${text}`,
        origin: 'bench.tmx',
        originLabel: 'bench.tmx',
        status: 'imported' as const,
        updatedAt: new Date('2026-01-01'),
      })),
    )
    await createTranslation(db, { documentId: document.id, lang: 'de' })
    const result = await stalls(db, 'pretranslate', () =>
      pretranslateTranslation(db, { documentId: document.id, lang: 'de' }, actor),
    )
    console.log(JSON.stringify(result))
  }
  if (OPS.includes('approve')) {
    const { source, target } = generateParallel(SEGMENTS, SEGMENTS, 13)
    const document = await createDocument(db, {
      title: 'Approve',
      sourceLang: 'en',
      paragraphs: source.map((text) => textToDoc(text)),
    })
    const paragraphIds = (
      await db.sourceParagraph.findMany({
        where: { documentId: document.id },
        orderBy: { position: 'asc' },
        select: { id: true },
      })
    ).map((p) => p.id)
    await db.$transaction((tx) =>
      insertTranslation(tx, { documentId: document.id, lang: 'ru', ...oneToOneRows(paragraphIds, (i) => target[i]!) }),
    )
    const result = await stalls(db, 'approve', () =>
      approveSegments(db, { documentId: document.id, lang: 'ru', filter: { status: 'translated' } }, actor),
    )
    console.log(JSON.stringify({ approved: result.approved, skipped: result.skipped.length }))
  }
  await db.$disconnect()
} finally {
  await pglite.close().catch(() => undefined)
  rmSync(dir, { recursive: true, force: true })
}
