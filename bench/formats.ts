// Export/import throughput of lib/formats: `npx tsx bench/formats.ts` (figures only, no assertions).
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
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
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text },
        { type: 'text', text: bold, marks: [{ type: 'bold' }] },
        { type: 'text', text: '.' },
      ],
    },
  ],
})

function* links(lang: string, words: string): Generator<AlignedLink> {
  for (let i = 0; i < LINKS; i++) {
    const source: SourceParagraph = {
      id: `p${i}`,
      position: i,
      content: doc(`Paragraph ${i} of the source & its <text> `, 'bold'),
      text: '',
    }
    yield {
      id: `${lang}${i}`,
      position: i,
      source: [source],
      target: [
        {
          id: `${lang}s${i}`,
          position: i,
          content: doc(`${words} ${i} `, words),
          text: '',
          status: 'translated',
          version: 1,
          createdBy: 'bench',
          updatedBy: 'bench',
          createdAt: CREATED,
          updatedAt: CREATED,
        },
      ],
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

// megabytes: characters written (export) or bytes read (import).
type Result = { name: string; units: number; seconds: number; perSecond: number; peakRssMb: number; megabytes: number }

async function measure(
  name: string,
  units: number,
  run: (onChunk: (size: number) => void) => Promise<void>,
): Promise<Result> {
  globalThis.gc?.()
  // Reading the RSS costs a system call, so the sink samples it once per megabyte of output.
  let peak = process.memoryUsage.rss()
  let bytes = 0
  let sampledAt = 0
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20)
  const start = performance.now()
  await run((size) => {
    bytes += size
    if (bytes - sampledAt < 2 ** 20) return
    sampledAt = bytes
    peak = Math.max(peak, process.memoryUsage.rss())
  })
  peak = Math.max(peak, process.memoryUsage.rss())
  const seconds = (performance.now() - start) / 1000
  clearInterval(timer)
  return {
    name,
    units,
    seconds,
    perSecond: Math.round(units / seconds),
    peakRssMb: Math.round(peak / 2 ** 20),
    megabytes: Math.round(bytes / 2 ** 20),
  }
}

/** Runs the export and import benchmarks and returns their figures. */
export async function runFormatsBench(): Promise<Result[]> {
  const results: Result[] = []
  results.push(
    await measure('export TMX (en + ru + ko)', LINKS, async (sink) => {
      for await (const chunk of writeTmx(benchDocument(), { createdAt: CREATED })) sink(chunk.length)
    }),
  )
  results.push(
    await measure('export JSON Lines (en + ru + ko)', LINKS, async (sink) => {
      for await (const chunk of writeJsonLines(benchDocument(), { createdAt: CREATED })) sink(chunk.length)
    }),
  )
  // The import reads the TMX from a file in 64 KB byte chunks, as an upload would arrive, so its
  // memory stays flat instead of holding the whole file.
  const dir = await mkdtemp(join(tmpdir(), 'formats-bench-'))
  const file = join(dir, 'bench.tmx')
  let units = 0
  try {
    const out = createWriteStream(file)
    for await (const chunk of writeTmx(benchDocument(), { createdAt: CREATED }))
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    out.end()
    await finished(out)
    results.push(
      await measure('import TMX (parse)', LINKS, async (sink) => {
        const input = createReadStream(file, { highWaterMark: 64 * 1024 })
        for await (const ev of readTmx(input as AsyncIterable<Uint8Array>)) if (ev.kind === 'unit') units++
        sink(input.bytesRead)
      }),
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  if (units !== LINKS) throw new Error(`import read ${units} units, expected ${LINKS}`)
  return results
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of await runFormatsBench()) {
    console.log(
      `${r.name.padEnd(34)} ${r.perSecond.toLocaleString('en').padStart(9)} units/s  ${r.seconds.toFixed(2)} s  ${r.megabytes} MB  peak RSS ${r.peakRssMb} MB`,
    )
  }
}
