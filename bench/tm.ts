// Translation memory: lookup latency over 500,000 units of one pair, and TMX import into the memory.
// `npm run bench:tm` (PGlite in a temporary folder; set BENCH_DATABASE_URL to a local PostgreSQL to
// measure it too — its schema is dropped). BENCH_TM_UNITS, BENCH_TM_IMPORT and BENCH_TM_LOOKUPS change the sizes. Figures only.
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { createDb, type Db } from '../lib/db/client'
import { applyMigrations } from '../lib/db/migrate'
import { newPglite } from '../lib/db/new-pglite'
import { openRawDb } from '../lib/db/open-raw'
import { upsertTmUnits } from '../lib/db/tm-units'
import { findMatches } from '../lib/server/tm/find-matches'
import { importTmxToMemory } from '../lib/server/tm/import-tmx-to-memory'
import type { TmUnitInput } from '../lib/tm/tm-unit'
import { quantile, round } from './stats'

const UNITS = Number(process.env.BENCH_TM_UNITS ?? 500_000)
const IMPORT_UNITS = Number(process.env.BENCH_TM_IMPORT ?? 100_000)
const LOOKUPS = Number(process.env.BENCH_TM_LOOKUPS ?? 300)

// A seeded generator and a skewed vocabulary: sentences that share words as real text does.
// mulberry32: 32-bit integer steps (a float LCG loses precision in JS and cycles after a few hundred values).
let seed = 12345
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const LETTERS = 'etaoinshrdlcumwfgypbvkjxqz'
// Words of 2–11 letters, common letters more often, as in English text.
const VOCABULARY = Array.from({ length: 20_000 }, () => {
  let out = ''
  const length = 2 + Math.floor(random() * random() * 10)
  for (let k = 0; k < length; k++) out += LETTERS[Math.floor(LETTERS.length * random() ** 2)]
  return out
})
const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 3)]!
function sentence(): string {
  const length = 6 + Math.floor(random() * 16)
  const words = Array.from({ length }, word)
  if (random() < 0.3) words.splice(Math.floor(random() * length), 0, String(Math.floor(random() * 1000)))
  const text = words.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

function units(count: number, tgtLang: string): TmUnitInput[] {
  return Array.from({ length: count }, (_, i) => {
    const source = sentence()
    return {
      srcLang: 'en',
      tgtLang,
      source,
      target: `[${tgtLang}] ${source}`,
      origin: `bench-${i % 50}`,
      status: 'imported' as const,
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 86_400)),
    }
  })
}

/**
 * Lookups: a third exact sentences of the memory, a third with one word changed, a third new sentences;
 * with the stored sentence the first two should find first.
 */
function lookups(stored: string[]): Array<{ text: string; expected?: string }> {
  return Array.from({ length: LOOKUPS }, (_, i) => {
    const pick = stored[Math.floor(random() * stored.length)]!
    if (i % 3 === 0) return { text: pick, expected: pick }
    if (i % 3 === 1) {
      const words = pick.split(' ')
      words[Math.floor(random() * words.length)] = word()
      return { text: words.join(' '), expected: pick }
    }
    return { text: sentence() }
  })
}

function* tmxChunks(count: number): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="bench" creationtoolversion="1" o-tmf="bench"/><body>\n'
  let chunk = ''
  for (let i = 0; i < count; i++) {
    const s = sentence()
    chunk += `<tu><tuv xml:lang="en"><seg>${s}</seg></tuv><tuv xml:lang="de"><seg>[de] ${s}</seg></tuv></tu>\n`
    if (i % 1000 === 999) {
      yield chunk
      chunk = ''
    }
  }
  yield `${chunk}</body></tmx>\n`
}

async function run(name: string, db: Db) {
  const load = { before: round(loadavg()[0]!, 2) }
  let start = performance.now()
  const stored: string[] = []
  for (let at = 0; at < UNITS; at += 5000) {
    const batch = units(Math.min(5000, UNITS - at), 'fr')
    if (stored.length < 5000) stored.push(...batch.slice(0, 100).map((u) => u.source))
    await upsertTmUnits(db, batch)
  }
  const loadSeconds = round((performance.now() - start) / 1000)
  // A memory at rest, as one that grew over months: vacuumed (its word indexes' pending lists merged) and analyzed.
  await db.$executeRawUnsafe('VACUUM ANALYZE "TmUnit"')
  const times: number[] = []
  let found = 0
  let expected = 0
  let foundExpected = 0
  for (const lookup of lookups(stored)) {
    start = performance.now()
    const matches = await findMatches(db, { srcLang: 'en', tgtLang: 'fr', text: lookup.text, limit: 5 })
    times.push(performance.now() - start)
    if (matches.length > 0) found++
    if (lookup.expected === undefined) continue
    expected++
    if (matches.some((m) => m.source === lookup.expected)) foundExpected++
  }
  start = performance.now()
  const imported = await importTmxToMemory(db, {
    input: tmxChunks(IMPORT_UNITS),
    srcLang: 'en',
    tgtLang: 'de',
    fileName: 'bench.tmx',
    maxBytes: 2 ** 31,
    now: new Date(),
  })
  const importSeconds = (performance.now() - start) / 1000
  const result = {
    units: UNITS,
    distinctStored: await db.tmUnit.count({ where: { srcLang: 'en', tgtLang: 'fr' } }),
    loadSeconds,
    lookups: LOOKUPS,
    withMatches: found,
    // Recall: lookups of a stored sentence (exact or one word changed) that list it among the 5 matches.
    storedSentenceFound: `${foundExpected}/${expected}`,
    lookupMs: { p50: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)), max: round(Math.max(...times)) },
    tmxImport: {
      units: imported.units,
      seconds: round(importSeconds),
      unitsPerSecond: Math.round(imported.units / importSeconds),
    },
    loadAverage: { ...load, after: round(loadavg()[0]!, 2) },
  }
  console.log(`${name}:`, JSON.stringify(result))
  await db.$disconnect()
  return result
}

/** Runs the memory benchmark on PGlite (a temporary folder) and, with BENCH_DATABASE_URL, on PostgreSQL. */
export async function runTmBench(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {}
  const url = process.env.BENCH_DATABASE_URL
  if (url) {
    const raw = await openRawDb({ kind: 'postgres', url })
    await raw.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    await applyMigrations(raw)
    await raw.close()
    results.postgres = await run('postgres', createDb({ kind: 'postgres', url }))
  }
  if (process.env.BENCH_TM_PGLITE !== '0') {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallel-tm-bench-'))
    try {
      const pglite = newPglite({ dataDir: path.join(dir, 'pglite') })
      await applyMigrations(pglite)
      results.pglite = await run('pglite', createDb({ kind: 'pglite', pglite }))
      await pglite.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) await runTmBench()
