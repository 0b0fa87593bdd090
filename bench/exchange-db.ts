// Database-backed import and export of a large generated document: `npm run bench:exchange-db`
// (PGlite in a temporary folder; set BENCH_DATABASE_URL to a local PostgreSQL to measure it too). Figures only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { newPglite } from '../lib/db/new-pglite'
import { createDb, type Db } from '@/lib/db/client'
import { getExportSource } from '@/lib/db/export-source'
import { openRawDb } from '@/lib/db/open-raw'
import { writeExchangeFile } from '@/lib/server/imports/import-exchange-file'
import { rememberConfirmedLinks } from '@/lib/server/tm/remember-confirmed-links'
import { applyMigrations } from '@/lib/db/migrate'
import { getSystemActor } from '@/lib/db/users'
import { toExportOptions, writeExport, type ExportFormat } from '@/lib/exchange/export-request'

// 20,000 by default to keep `npm run bench` short; the figures in docs/performance.md are for 100,000.
// BENCH_EXCHANGE_FORMATS=tmx,jsonl chooses the exports; BENCH_EXCHANGE_PGLITE=0 leaves PGlite out.
const UNITS = Number(process.env.BENCH_DB_LINKS ?? 20_000)
const LANGS = ['ru', 'ko']

function* generateTmx(): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="paragraph" o-tmf="bench" adminlang="en" srclang="en" datatype="html"/><body>\n'
  for (let i = 0; i < UNITS; i++) {
    yield (
      `<tu><tuv xml:lang="en"><seg>Paragraph ${i} of the source &amp; its <bpt i="1" type="bold">&lt;b&gt;</bpt>text<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>` +
      `<tuv xml:lang="ru"><seg>Абзац ${i} перевода <bpt i="1" type="bold">&lt;b&gt;</bpt>текст<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>` +
      `<tuv xml:lang="ko"><seg>번역 ${i} 문단 <bpt i="1" type="bold">&lt;b&gt;</bpt>본문<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>\n`
    )
  }
  yield '</body></tmx>\n'
}

/** Throughput per CPU second spent in this process and the database: what a busy shared machine still measures fairly. */
const perCpu = (count: number, cpu: { app: number; database: number }) => Math.round(count / (cpu.app + cpu.database))
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

const TICKS_PER_SECOND = 100

/** CPU seconds the database's server processes for this database have used (PostgreSQL on this machine; 0 for PGlite, which runs in this process). */
async function databaseCpuSeconds(db: Db, kind: 'pglite' | 'postgres'): Promise<Map<number, number>> {
  const used = new Map<number, number>()
  if (kind === 'pglite') return used
  const rows = await db.$queryRawUnsafe<Array<{ pid: number }>>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  )
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
      used.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND)
    } catch {
      // A server on another machine, or a process that has just ended: not counted.
    }
  }
  return used
}

/** Peak heap and RSS while `work` runs, sampled every 50 ms, and the CPU time it took here and in the database. */
async function measured<T>(db: Db, kind: 'pglite' | 'postgres', work: () => Promise<T>) {
  global.gc?.()
  const cpuBefore = process.cpuUsage()
  const dbBefore = await databaseCpuSeconds(db, kind)
  const start = process.memoryUsage()
  let peakHeap = start.heapUsed
  let peakRss = start.rss
  const timer = setInterval(() => {
    const now = process.memoryUsage()
    peakHeap = Math.max(peakHeap, now.heapUsed)
    peakRss = Math.max(peakRss, now.rss)
  }, 50)
  const load = round(loadavg()[0]!, 2)
  const began = performance.now()
  try {
    const value = await work()
    const seconds = (performance.now() - began) / 1000
    const cpu = process.cpuUsage(cpuBefore)
    let databaseCpu = 0
    for (const [pid, after] of await databaseCpuSeconds(db, kind)) databaseCpu += after - (dbBefore.get(pid) ?? 0)
    return {
      value,
      seconds,
      cpuSeconds: { app: round((cpu.user + cpu.system) / 1e6, 2), database: round(databaseCpu, 2) },
      memory: {
        startHeapMb: mb(start.heapUsed),
        peakHeapMb: mb(peakHeap),
        startRssMb: mb(start.rss),
        peakRssMb: mb(peakRss),
      },
      loadAverage: { before: load, after: round(loadavg()[0]!, 2) },
    }
  } finally {
    clearInterval(timer)
  }
}

/** Imports a generated TMX of `UNITS` units (source + ru + ko), then exports it in each format. */
async function run(db: Db, kind: 'pglite' | 'postgres', spoolDir: string) {
  const actor = await getSystemActor(db)
  const imported = await measured(db, kind, () =>
    writeExchangeFile(
      db,
      {
        input: generateTmx(),
        format: 'tmx',
        fileName: 'bench.tmx',
        maxBytes: 1024 ** 3,
        spoolPath: path.join(spoolDir, 'slots'),
      },
      actor,
    ),
  )
  // `importExchangeFile` is these two steps: the document, then its confirmed links into the
  // translation memory (lib/db/tm-units.ts), timed apart. BENCH_EXCHANGE_MEMORY=0 leaves the second out.
  const translations = await db.translation.findMany({
    where: { documentId: imported.value.documentId },
    select: { id: true },
  })
  const memory =
    process.env.BENCH_EXCHANGE_MEMORY === '0'
      ? undefined
      : await measured(db, kind, () =>
          rememberConfirmedLinks(db, { translationIds: translations.map((t) => t.id), author: actor.name }),
        )
  const exports: Record<string, unknown> = {}
  // BENCH_EXCHANGE_SETTLE=1: the exports read a database that autovacuum has already gone over after the
  // import (VACUUM ANALYZE first, outside the timing), not one it is still working on.
  if (process.env.BENCH_EXCHANGE_SETTLE === '1') await db.$executeRawUnsafe('VACUUM ANALYZE')
  const plans: Array<[ExportFormat, string[]]> = [
    ['tmx', ['ru']],
    ['tmx-multi', LANGS],
    ['jsonl', LANGS],
    ['json', LANGS],
    ['xliff', ['ru']],
  ]
  const chosen = process.env.BENCH_EXCHANGE_FORMATS?.split(',')
  for (const [format, langs] of plans.filter(([f]) => !chosen || chosen.includes(f))) {
    const request = {
      format,
      langs,
      status: 'all' as const,
      unit: 'paragraph' as const,
      formatted: true,
      empty: false,
      unaligned: false,
    }
    const done = await measured(db, kind, async () => {
      const source = await getExportSource(db, { documentId: imported.value.documentId, languages: langs })
      let bytes = 0
      for await (const chunk of writeExport(format, source!, toExportOptions(request, langs, new Date())))
        bytes += chunk.length
      return bytes
    })
    const links = UNITS * langs.length
    exports[format] = {
      links,
      seconds: round(done.seconds, 2),
      linksPerSecond: Math.round(links / done.seconds),
      cpuSeconds: done.cpuSeconds,
      linksPerCpuSecond: perCpu(links, done.cpuSeconds),
      megabytes: mb(done.value),
      ...done.memory,
      loadAverage: done.loadAverage,
    }
  }
  return {
    units: UNITS,
    import: {
      seconds: round(imported.seconds, 2),
      unitsPerSecond: Math.round(UNITS / imported.seconds),
      cpuSeconds: imported.cpuSeconds,
      unitsPerCpuSecond: perCpu(UNITS, imported.cpuSeconds),
      ...imported.memory,
      loadAverage: imported.loadAverage,
    },
    ...(memory
      ? {
          memory: {
            seconds: round(memory.seconds, 2),
            unitsPerSecond: Math.round(UNITS / memory.seconds),
            cpuSeconds: memory.cpuSeconds,
            ...memory.memory,
            loadAverage: memory.loadAverage,
          },
        }
      : {}),
    export: exports,
  }
}

/** Runs on PGlite (a temporary folder, as in the app) and, with BENCH_DATABASE_URL, on PostgreSQL. */
export async function runExchangeDbBench(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {}
  const spoolDir = mkdtempSync(path.join(tmpdir(), 'bench-exchange-'))
  try {
    if (process.env.BENCH_EXCHANGE_PGLITE !== '0') {
      const pglite = newPglite({ dataDir: path.join(spoolDir, 'pglite') })
      await applyMigrations(pglite)
      const db = createDb({ kind: 'pglite', pglite })
      results.pglite = await run(db, 'pglite', spoolDir)
      console.log('pglite:', JSON.stringify(results.pglite))
      await db.$disconnect()
      await pglite.close()
    }
    const url = process.env.BENCH_DATABASE_URL
    if (url) {
      const raw = await openRawDb({ kind: 'postgres', url })
      await raw.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
      await applyMigrations(raw)
      await raw.close()
      const db = createDb({ kind: 'postgres', url })
      results.postgres = await run(db, 'postgres', spoolDir)
      console.log('postgres:', JSON.stringify(results.postgres))
      await db.$disconnect()
    }
  } finally {
    rmSync(spoolDir, { recursive: true, force: true })
  }
  return results
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(JSON.stringify(await runExchangeDbBench(), null, 2))
