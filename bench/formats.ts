// Export/import throughput of lib/formats: `npx tsx bench/formats.ts` (figures only, no assertions).
import { fileURLToPath } from 'node:url'
import type { RichDoc } from '@/lib/richtext/types'
import type { AlignedDocument, AlignedLink, SourceParagraph } from '@/lib/formats/aligned-document'
import { readTmx } from '@/lib/formats/read-tmx'
import { writeJsonLines } from '@/lib/formats/write-json'
import { writeTmx } from '@/lib/formats/write-tmx'

const LINKS = Number(process.env.BENCH_LINKS ?? 100_000)
const CREATED = new Date('2024-01-01T00:00:00Z')

const doc = (text: string, bold: string): RichDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }, { type: 'text', text: bold, marks: [{ type: 'bold' }] }, { type: 'text', text: '.' }] }],
})

function* links(lang: string, words: string): Generator<AlignedLink> {
  for (let i = 0; i < LINKS; i++) {
    const source: SourceParagraph = { id: `p${i}`, position: i, content: doc(`Paragraph ${i} of the source & its <text> `, 'bold'), text: '' }
    yield {
      id: `${lang}${i}`,
      position: i,
      source: [source],
      target: [{ id: `${lang}s${i}`, position: i, content: doc(`${words} ${i} `, words), text: '', status: 'translated', version: 1, createdBy: 'bench', updatedBy: 'bench', createdAt: CREATED, updatedAt: CREATED }],
      confidence: 0.9,
      confirmed: true,
    }
  }
}

export function benchDocument(): AlignedDocument {
  return {
    document: { id: 'bench', title: 'Bench', sourceLang: 'en', createdAt: CREATED, updatedAt: CREATED },
    translations: [
      { id: 'ru', lang: 'ru', createdAt: CREATED, updatedAt: CREATED, links: links('ru', 'Абзац перевода') },
      { id: 'ko', lang: 'ko', createdAt: CREATED, updatedAt: CREATED, links: links('ko', '번역 문단') },
    ],
  }
}

type Result = { name: string; units: number; seconds: number; perSecond: number; peakRssMb: number; megabytes: number }

async function measure(name: string, units: number, run: (onChunk: (size: number) => void) => Promise<void>): Promise<Result> {
  globalThis.gc?.()
  let peak = process.memoryUsage().rss
  let bytes = 0
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  const start = performance.now()
  await run((size) => {
    bytes += size
    peak = Math.max(peak, process.memoryUsage().rss)
  })
  const seconds = (performance.now() - start) / 1000
  clearInterval(timer)
  return { name, units, seconds, perSecond: Math.round(units / seconds), peakRssMb: Math.round(peak / 2 ** 20), megabytes: Math.round(bytes / 2 ** 20) }
}

/** Runs the export and import benchmarks and returns their figures. */
export async function runFormatsBench(): Promise<Result[]> {
  const results: Result[] = []
  results.push(await measure('export TMX (en + ru + ko)', LINKS, async (sink) => {
    for await (const chunk of writeTmx(benchDocument(), { createdAt: CREATED })) sink(chunk.length)
  }))
  results.push(await measure('export JSON Lines (en + ru + ko)', LINKS, async (sink) => {
    for await (const chunk of writeJsonLines(benchDocument(), { createdAt: CREATED })) sink(chunk.length)
  }))
  const tmx: string[] = []
  for await (const chunk of writeTmx(benchDocument(), { createdAt: CREATED })) tmx.push(chunk)
  let units = 0
  results.push(await measure('import TMX (parse)', LINKS, async (sink) => {
    for await (const ev of readTmx(tmx)) if (ev.kind === 'unit') units++
    sink(tmx.reduce((n, c) => n + c.length, 0))
  }))
  if (units !== LINKS) throw new Error(`import read ${units} units, expected ${LINKS}`)
  return results
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await runFormatsBench()) {
    console.log(`${r.name.padEnd(34)} ${r.perSecond.toLocaleString('en').padStart(9)} units/s  ${r.seconds.toFixed(2)} s  ${r.megabytes} MB chars  peak RSS ${r.peakRssMb} MB`)
  }
}
