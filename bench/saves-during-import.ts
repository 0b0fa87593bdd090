// Issue #13: how long a person's save waits on PGlite while a big file is imported or a long document
// exported (docs/decisions/022-pglite-short-transactions.md). In one process, as in the app: a PGlite
// in a temporary folder, a saver calling `saveSegment` every 20 ms on a small document, and
//   1. the import of a TMX of BENCH_IMPORT_MB MB (default 20; source, Russian and Korean): the file
//      read and placed, its rows written, then its confirmed links put into the translation memory;
//   2. the TMX export of a document of BENCH_EXPORT_PARAGRAPHS paragraphs (default 56,000; imported first,
//      not measured);
//   3. importing a translation's text of BENCH_TEXT_PARAGRAPHS paragraphs (default 10,000) into a document
//      of as many (made first, not measured): aligned in a worker thread, then written in short steps under a hidden document.
// Reports each phase's saves (count, median, longest) and the longest stall of the event loop.
//   npm run bench:saves-during-import
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Actor } from '@/lib/auth/permissions'
import { createDb, type Db } from '@/lib/db/client'
import { getExportSource } from '@/lib/db/export-source'
import { applyMigrations } from '@/lib/db/migrate'
import { newPglite } from '@/lib/db/new-pglite'
import { createTranslation, getTranslation } from '@/lib/db/translations'
import { getSystemActor } from '@/lib/db/users'
import { createDocument } from '@/lib/db/documents'
import { toExportOptions, writeExport } from '@/lib/exchange/export-request'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { writeExchangeFile } from '@/lib/server/imports/import-exchange-file'
import { saveSegment } from '@/lib/server/segments/save-segment'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'
import { rememberConfirmedLinks } from '@/lib/server/tm/remember-confirmed-links'
import { quantile, round } from './stats'

const IMPORT_MB = Number(process.env.BENCH_IMPORT_MB ?? 20)
const EXPORT_PARAGRAPHS = Number(process.env.BENCH_EXPORT_PARAGRAPHS ?? 56_000)
const TEXT_PARAGRAPHS = Number(process.env.BENCH_TEXT_PARAGRAPHS ?? 10_000)
const SAVE_EVERY_MS = 20

/** A TMX of about `megabytes` MB (or of `units` units): English source, Russian and Korean targets, with bold. */
function generateTmx({ megabytes, units, langs }: { megabytes?: number; units?: number; langs: string[] }) {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="paragraph" o-tmf="bench" adminlang="en" srclang="en" datatype="html"/><body>\n',
  ]
  const targets: Record<string, (i: number) => string> = {
    ru: (i) => `Абзац ${i} перевода <bpt i="1" type="bold">&lt;b&gt;</bpt>текст<ept i="1">&lt;/b&gt;</ept>.`,
    ko: (i) => `번역 ${i} 문단 <bpt i="1" type="bold">&lt;b&gt;</bpt>본문<ept i="1">&lt;/b&gt;</ept>.`,
  }
  let size = 0
  for (let i = 0; megabytes ? size < megabytes * 1024 * 1024 : i < units!; i++) {
    const unit =
      `<tu><tuv xml:lang="en"><seg>Paragraph ${i} of the source &amp; its <bpt i="1" type="bold">&lt;b&gt;</bpt>text<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>` +
      langs.map((lang) => `<tuv xml:lang="${lang}"><seg>${targets[lang]!(i)}</seg></tuv>`).join('') +
      '</tu>\n'
    parts.push(unit)
    size += Buffer.byteLength(unit)
  }
  parts.push('</body></tmx>\n')
  return { text: parts.join(''), bytes: size }
}

async function* chunksOf(text: string): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text)
  for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024)
}

type Save = { due: number; ms: number }

/**
 * Saves a segment SAVE_EVERY_MS after the last one ended, until stopped. A save is timed from when it
 * was due, not from when its timer fired: a request arriving while the event loop is blocked waits too.
 */
function startSaver(db: Db, actor: Actor, segment: { id: string; version: number }) {
  const saves: Save[] = []
  let running = true
  const done = (async () => {
    let due = performance.now()
    for (let i = 0; ; i++) {
      const saved = await saveSegment(
        db,
        { segmentId: segment.id, version: segment.version, content: textToDoc(`Правка ${i}`) },
        actor,
      )
      segment.version = saved.version
      const end = performance.now()
      saves.push({ due, ms: end - due })
      if (!running) break
      due = end + SAVE_EVERY_MS
      // A save due while the work blocks the event loop is still made (and timed from when it was due)
      // after the work ends: stopping only after the next save keeps the longest wait from going unseen.
      await new Promise((resolve) => setTimeout(resolve, SAVE_EVERY_MS))
    }
  })()
  return {
    saves,
    stop: async () => {
      running = false
      await done
    },
  }
}

/**
 * Runs `work` with a saver running beside it (started with it, stopped once it ends, so saves held up
 * by work outside the phase are not counted), and prints the saves, the longest stall of the event
 * loop and the load average.
 */
async function phase<T>(label: string, db: Db, actor: Actor, work: () => Promise<T>): Promise<T> {
  const delay = monitorEventLoopDelay({ resolution: 10 })
  const load = round(loadavg()[0]!, 2)
  const from = performance.now()
  delay.enable()
  const saver = startSaver(db, actor, segment)
  const value = await work()
  await saver.stop()
  delay.disable()
  const waits = saver.saves.map((s) => s.ms)
  console.log(
    `${label.padEnd(30)} ${String(round((performance.now() - from) / 1000, 1)).padStart(6)} s  saves ${String(waits.length).padStart(4)}` +
      `  p50 ${String(round(quantile(waits, 0.5), 0)).padStart(5)} ms  max ${String(round(Math.max(...waits), 0)).padStart(5)} ms` +
      `  |  event loop stalled at most ${round(delay.max / 1e6, 0)} ms  |  load ${load} → ${round(loadavg()[0]!, 2)}`,
  )
  return value
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-saves-import-'))
const pglite = newPglite({ dataDir: path.join(dir, 'pglite') })
let segment: { id: string; version: number }
try {
  await applyMigrations(pglite)
  const db = createDb({ kind: 'pglite', pglite })
  const actor = await getSystemActor(db)
  const { id } = await createDocument(db, { title: 'Saves', sourceLang: 'en', paragraphs: [textToDoc('One.')] })
  await createTranslation(db, { documentId: id, lang: 'ru' })
  segment = (await getTranslation(db, { documentId: id, lang: 'ru' }))!.rows[0]!.targets[0]!
  // Made before any phase: generating the files blocks the event loop, which no phase should count.
  const request = { format: 'tmx' as const, maxBytes: 1024 ** 3, spoolPath: path.join(dir, 'slots') }
  const long = generateTmx({ units: EXPORT_PARAGRAPHS, langs: ['ru'] })
  const exported = await writeExchangeFile(
    db,
    { ...request, input: chunksOf(long.text), fileName: 'export.tmx' },
    actor,
  )
  const tmx = generateTmx({ megabytes: IMPORT_MB, langs: ['ru', 'ko'] })
  const article = await createDocument(db, {
    title: 'Article',
    sourceLang: 'en',
    paragraphs: Array.from({ length: TEXT_PARAGRAPHS }, (_, i) =>
      textToDoc(`Paragraph ${i} of the article. It has a second sentence.`),
    ),
  })
  const translated = Array.from({ length: TEXT_PARAGRAPHS }, (_, i) =>
    textToDoc(`Абзац ${i} статьи. В нём второе предложение.`),
  )

  await phase('nothing else running', db, actor, () => new Promise((resolve) => setTimeout(resolve, 2000)))
  const imported = await phase(`${IMPORT_MB} MB TMX: read and write`, db, actor, () =>
    writeExchangeFile(db, { ...request, input: chunksOf(tmx.text), fileName: 'import.tmx' }, actor),
  )
  const translations = await db.translation.findMany({
    where: { documentId: imported.documentId },
    select: { id: true },
  })
  await phase(`${IMPORT_MB} MB TMX: memory`, db, actor, () =>
    rememberConfirmedLinks(db, { translationIds: translations.map((t) => t.id), author: actor.name }),
  )
  const bytes = await phase(`${EXPORT_PARAGRAPHS} paragraphs: TMX export`, db, actor, async () => {
    const source = await getExportSource(db, { documentId: exported.documentId, languages: ['ru'] })
    const request = {
      format: 'tmx' as const,
      langs: ['ru'],
      status: 'all' as const,
      unit: 'paragraph' as const,
      formatted: true,
      empty: false,
      unaligned: false,
    }
    let written = 0
    for await (const chunk of writeExport('tmx', source!, toExportOptions(request, ['ru'], new Date())))
      written += chunk.length
    return written
  })
  await phase(`${TEXT_PARAGRAPHS} paragraphs: translation text import`, db, actor, () =>
    importTranslationText(db, { documentId: article.id, lang: 'de', paragraphs: translated }),
  )
  console.log(
    `(import: ${imported.paragraphs} paragraphs, ${imported.segments} segments; export: ${Math.round(bytes / 1024 / 1024)} MB of TMX)`,
  )
  await db.$disconnect()
} finally {
  await pglite.close()
  rmSync(dir, { recursive: true, force: true })
}
