// Issue #13: how much the calling thread's event loop is held while a big upload is parsed, in this thread
// (PARALLEL_CPU_WORKERS=0, before) and in the `parse` worker pool (after): docs/decisions/023-parsing-in-workers.md.
// Writes a TMX and a project JSON of BENCH_PARSE_UNITS links (default 100,000; en + ru + ko) to a temporary
// folder, then reads each as an upload arrives (1 MB chunks) through the server's parse paths: the import's
// reader (`readImportEventsInWorker`, as imports and memory imports use it), the check before an import
// (`checkExchangeFileInWorker`, schema check left out above 32 MB as in the app) and the project JSON import's
// read and plan (`planJsonImportInWorker`).
// A 10 ms timer runs meanwhile: it prints how often it fired and the longest gap (the longest a request
// arriving then would wait). Figures only, no assertions.
//   npx tsx bench/parse-in-worker.ts        (BENCH_PARSE_PATHS=read,check,json chooses the paths)
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { writeJson } from '@/lib/formats/write-json'
import { timerGaps } from './timer-gaps'
import { writeTmx } from '@/lib/formats/write-tmx'
import {
  checkExchangeFileInWorker,
  readImportEventsInWorker,
  planJsonImportInWorker,
} from '@/lib/server/workers/parse-in-worker'

process.env.BENCH_LINKS ??= process.env.BENCH_PARSE_UNITS ?? '100000'
const { benchDocument } = await import('./formats')
const CREATED = new Date('2024-01-01T00:00:00Z')
const PATHS = (process.env.BENCH_PARSE_PATHS ?? 'read,check,json').split(',')

async function write(file: string, chunks: AsyncIterable<string>) {
  const out = createWriteStream(file)
  for await (const chunk of chunks)
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  out.end()
  await finished(out)
}

/** Runs `work` with a 10 ms timer: seconds, timer ticks, the longest gap between ticks (the last one included). */
async function heldLoop(work: () => Promise<unknown>) {
  const { seconds, ticks, longestMs } = await timerGaps(10, work)
  return { seconds, ticks, longestMs: Math.round(longestMs) }
}

const upload = (file: string) => createReadStream(file, { highWaterMark: 2 ** 20 }) as AsyncIterable<Uint8Array>

const dir = await mkdtemp(join(tmpdir(), 'parse-bench-'))
try {
  const tmx = join(dir, 'bench.tmx')
  const json = join(dir, 'bench.json')
  await write(tmx, writeTmx(benchDocument(), { createdAt: CREATED }))
  if (PATHS.includes('json')) await write(json, writeJson(benchDocument(), { createdAt: CREATED }))
  const mb = async (file: string) => `${Math.round((await stat(file)).size / 2 ** 20)} MB`
  const paths: Array<[string, () => Promise<unknown>]> = []
  if (PATHS.includes('read'))
    paths.push([
      `read TMX (${await mb(tmx)})`,
      async () => {
        for await (const event of readImportEventsInWorker('tmx', upload(tmx), { maxBytes: 2 ** 31 })) void event
      },
    ])
  if (PATHS.includes('check'))
    paths.push([`check TMX (${await mb(tmx)})`, () => checkExchangeFileInWorker(upload(tmx), 'tmx', 2 ** 31)])
  if (PATHS.includes('json'))
    paths.push([
      `read + plan project JSON (${await mb(json)})`,
      () => planJsonImportInWorker(upload(json), 2 ** 31, 'bench.json'),
    ])
  for (const [name, work] of paths) {
    for (const workers of ['0', undefined]) {
      if (workers === undefined) delete process.env.PARALLEL_CPU_WORKERS
      else process.env.PARALLEL_CPU_WORKERS = workers
      const r = await heldLoop(work)
      const where = workers === '0' ? 'this thread' : 'worker     '
      console.log(
        `${name.padEnd(28)} ${where}  ${r.seconds.toFixed(1).padStart(5)} s  ${String(r.ticks).padStart(5)} ticks of 10 ms  longest gap ${r.longestMs} ms`,
      )
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
