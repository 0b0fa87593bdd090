// Database-backed export and import of a large generated document: `npx tsx bench/exchange-db.ts` (figures only).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { newPglite } from '../lib/db/new-pglite'
import { createDb } from '@/lib/db/client'
import { getExportSource } from '@/lib/db/export-source'
import { importExchangeFile } from '@/lib/server/imports/import-exchange-file'
import { applyMigrations } from '@/lib/db/migrate'
import { getSystemActor } from '@/lib/db/users'
import { toExportOptions, writeExport, type ExportFormat } from '@/lib/exchange/export-request'

// 20,000 by default to keep `npm run bench` short; the figures in docs/formats.md are for 100,000.
const LINKS = Number(process.env.BENCH_DB_LINKS ?? 20_000)

function* generateTmx(): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="paragraph" o-tmf="bench" adminlang="en" srclang="en" datatype="html"/><body>\n'
  for (let i = 0; i < LINKS; i++) {
    yield (
      `<tu><tuv xml:lang="en"><seg>Paragraph ${i} of the source &amp; its <bpt i="1" type="bold">&lt;b&gt;</bpt>text<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>` +
      `<tuv xml:lang="ru"><seg>Абзац ${i} перевода <bpt i="1" type="bold">&lt;b&gt;</bpt>текст<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>` +
      `<tuv xml:lang="ko"><seg>번역 ${i} 문단 <bpt i="1" type="bold">&lt;b&gt;</bpt>본문<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>\n`
    )
  }
  yield '</body></tmx>\n'
}

/** Imports a generated TMX of `LINKS` units (source + ru + ko) into a PGlite in a temporary folder, then exports it as TMX and JSON Lines. */
export async function runExchangeDbBench() {
  const spoolDir = mkdtempSync(path.join(tmpdir(), 'bench-exchange-'))
  // On disk, as in the app: an in-memory PGlite would count the database itself in the heap.
  const pglite = newPglite({ dataDir: path.join(spoolDir, 'pglite') })
  await applyMigrations(pglite)
  const db = createDb({ kind: 'pglite', pglite })
  const actor = await getSystemActor(db)
  // Heap, not RSS: PGlite's WASM memory and page cache are outside the JS heap.
  let peakRss = process.memoryUsage().heapUsed
  const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().heapUsed))
  const timer = setInterval(sample, 50)
  try {
    let start = performance.now()
    const imported = await importExchangeFile(
      db,
      {
        input: generateTmx(),
        format: 'tmx',
        fileName: 'bench.tmx',
        maxBytes: 1024 ** 3,
        spoolPath: path.join(spoolDir, 'slots'),
      },
      actor,
    )
    const importSeconds = (performance.now() - start) / 1000
    const importRss = peakRss
    const exports: Record<string, { seconds: number; linksPerSecond: number; megabytes: number; peakHeapMb: number }> =
      {}
    for (const format of ['tmx-multi', 'jsonl'] as ExportFormat[]) {
      global.gc?.()
      peakRss = process.memoryUsage().heapUsed
      start = performance.now()
      const langs = ['ru', 'ko']
      const request = {
        format,
        langs,
        status: 'all' as const,
        unit: 'paragraph' as const,
        formatted: true,
        empty: false,
        unaligned: false,
      }
      const source = await getExportSource(db, { documentId: imported.documentId, languages: langs })
      let bytes = 0
      for await (const chunk of writeExport(format, source!, toExportOptions(request, langs, new Date())))
        bytes += chunk.length
      const seconds = (performance.now() - start) / 1000
      exports[format] = {
        seconds,
        linksPerSecond: Math.round(LINKS / seconds),
        megabytes: Math.round(bytes / 1024 / 1024),
        peakHeapMb: Math.round(peakRss / 1024 / 1024),
      }
    }
    return {
      links: LINKS,
      import: {
        seconds: importSeconds,
        unitsPerSecond: Math.round(LINKS / importSeconds),
        peakHeapMb: Math.round(importRss / 1024 / 1024),
      },
      export: exports,
    }
  } finally {
    clearInterval(timer)
    await db.$disconnect()
    await pglite.close()
    rmSync(spoolDir, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await runExchangeDbBench(), null, 2))
