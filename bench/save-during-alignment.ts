// Issue #13: how long a person's save waits while someone else's big alignment runs on the same server.
// Starts the production build (`npm run build` first) on a throwaway PGlite folder, or on PostgreSQL with
// BENCH_DATABASE_URL (a local database it may empty), makes a document of BENCH_ALIGN_PARAGRAPHS paragraphs
// (default 20,000), then, while one client saves a segment of another document over and over:
//   1. imports a translation of as many paragraphs (alignment, then one transaction writing it),
//   2. asks for "Realign unconfirmed" on it (the whole translation aligned again, little to write),
//   3. imports a TMX of BENCH_IMPORT_MB MB (default 20; 0 leaves it out) as a background job, reported whole
//      and by phase (its check, its read, its write: the job's progress, polled every 250 ms).
// Reports the latencies of the saves, and of requests that need no database (how long the event loop
// was blocked), during the import's alignment phase (between its progress lines 0.05 and
// 0.8), its write phase, and the realignment. BENCH_CPU_WORKERS sets the server's PARALLEL_CPU_WORKERS:
// 0 aligns in the request thread (before issue #13), unset uses the worker pool.
//   npm run bench:saves-during-alignment
import { readdirSync } from 'node:fs'
import { generateParallel } from './align/generate-parallel'
import { api, startServer, type RunningServer } from './app-server'
import { quantile, round } from './stats'

const PARAGRAPHS = Number(process.env.BENCH_ALIGN_PARAGRAPHS ?? 20_000)
const PORT = Number(process.env.BENCH_PORT ?? 3390)
const CPU_WORKERS = process.env.BENCH_CPU_WORKERS
const IMPORT_MB = Number(process.env.BENCH_IMPORT_MB ?? 20)

type Save = { start: number; ms: number }

/** A small document with a Russian translation whose first segment the saver edits. */
async function createSaveTarget(server: RunningServer): Promise<{ id: string; version: number }> {
  const { id } = await api<{ id: string }>(server, '/api/documents', {
    method: 'POST',
    body: JSON.stringify({ title: 'Saves', sourceLang: 'en', text: 'One.\n\nTwo.\n\nThree.' }),
  })
  await api(server, `/api/documents/${id}/translations`, { method: 'POST', body: JSON.stringify({ lang: 'ru' }) })
  const view = await api<{ rows: Array<{ targets: Array<{ id: string; version: number }> }> }>(
    server,
    `/api/documents/${id}/translations/ru`,
  )
  return view.rows[0]!.targets[0]!
}

/** Runs `request` again and again (50 ms apart) until `stop()` is called; each one's start time and latency. */
function repeat(request: (i: number) => Promise<unknown>) {
  const times: Save[] = []
  let running = true
  const done = (async () => {
    for (let i = 0; running; i++) {
      const start = performance.now()
      await request(i)
      times.push({ start, ms: performance.now() - start })
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })()
  return {
    times,
    stop: async () => {
      running = false
      await done
    },
  }
}

/** A person saving a segment (event loop and database), and a request that needs no database (event loop only). */
function startClients(server: RunningServer, segment: { id: string; version: number }) {
  const saver = repeat(async (i) => {
    const saved = await api<{ version: number }>(server, `/api/segments/${segment.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ html: `<p>Правка ${i}</p>`, version: segment.version }),
    })
    segment.version = saved.version
  })
  // A file of the build: Next serves it without the app's code or the database.
  const asset = readdirSync('.next/static/chunks').find((name) => name.endsWith('.js'))
  const prober = repeat(() => fetch(`${server.url}/_next/static/chunks/${asset}`).then((r) => r.arrayBuffer()))
  return {
    saves: saver.times,
    probes: prober.times,
    stop: () => Promise.all([saver.stop(), prober.stop()]),
  }
}

/** Imports the translation with progress lines; the time each progress value arrived, and the end. */
async function importTranslation(server: RunningServer, documentId: string, text: string) {
  const marks = new Map<number, number>()
  const started = performance.now()
  const response = await fetch(`${server.url}/api/documents/${documentId}/translations`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/x-ndjson',
      cookie: server.cookie,
      origin: server.url,
    },
    body: JSON.stringify({ lang: 'de', text }),
  })
  const decoder = new TextDecoder()
  let buffered = ''
  const reader = response.body!.getReader()
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffered += decoder.decode(chunk.value, { stream: true })
    let newline: number
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffered.slice(0, newline)) as { progress?: number; error?: unknown }
      buffered = buffered.slice(newline + 1)
      if (line.error) throw new Error(`import failed: ${JSON.stringify(line.error)}`)
      if (line.progress !== undefined && !marks.has(line.progress)) marks.set(line.progress, performance.now())
    }
  }
  return { started, marks, ended: performance.now() }
}

/** A TMX of about `megabytes` MB: English source, Russian and Korean targets, with bold (as bench/exchange-db.ts). */
function generateTmx(megabytes: number): string {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="paragraph" o-tmf="bench" adminlang="en" srclang="en" datatype="html"/><body>\n',
  ]
  let size = 0
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const unit =
      `<tu><tuv xml:lang="en"><seg>Paragraph ${i} of the source &amp; its <bpt i="1" type="bold">&lt;b&gt;</bpt>text<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>` +
      `<tuv xml:lang="ru"><seg>Абзац ${i} перевода <bpt i="1" type="bold">&lt;b&gt;</bpt>текст<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>` +
      `<tuv xml:lang="ko"><seg>번역 ${i} 문단 <bpt i="1" type="bold">&lt;b&gt;</bpt>본문<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>\n`
    parts.push(unit)
    size += Buffer.byteLength(unit)
  }
  parts.push('</body></tmx>\n')
  return parts.join('')
}

/** Uploads the TMX (a background job above PARALLEL_IMPORT_SYNC_BYTES) and waits for the job to end. */
/**
 * Uploads the TMX and follows its job (polled every 250 ms): when the check was read (progress 45%), when the
 * import's read was (90%: decision 023 moved both into a worker) and when the job ended (the write and the memory).
 */
async function importExchangeFile(server: RunningServer, tmx: string) {
  const started = performance.now()
  const response = await fetch(`${server.url}/api/imports?fileName=bench.tmx`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie: server.cookie, origin: server.url },
    body: tmx,
  })
  if (response.status !== 202) throw new Error(`import: ${response.status} ${await response.text()}`)
  const { jobId } = (await response.json()) as { jobId: string }
  const uploaded = performance.now()
  let checked: number | undefined
  let read: number | undefined
  for (;;) {
    const job = await api<{ status: string; error: unknown; processed: number; total: number }>(
      server,
      `/api/imports/${jobId}`,
    )
    if (job.status === 'failed') throw new Error(`import job failed: ${JSON.stringify(job.error)}`)
    const now = performance.now()
    if (job.status === 'done') return { started, uploaded, checked: checked ?? now, read: read ?? now, ended: now }
    if (checked === undefined && job.processed >= Math.floor(job.total * 0.45)) checked = now
    if (read === undefined && job.processed >= Math.floor(job.total * 0.9)) read = now
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

function summarize(label: string, clients: { saves: Save[]; probes: Save[] }, from: number, to: number) {
  const during = (times: Save[]) => times.filter((s) => s.start + s.ms >= from && s.start <= to).map((s) => s.ms)
  const figures = (times: number[]) =>
    `${String(times.length).padStart(4)}  p50 ${String(round(quantile(times, 0.5), 0)).padStart(6)} ms` +
    `  max ${String(round(Math.max(...times), 0)).padStart(6)} ms`
  console.log(
    `${label.padEnd(24)} ${String(round((to - from) / 1000, 1)).padStart(6)} s  saves ${figures(during(clients.saves))}` +
      `  |  no-db requests ${figures(during(clients.probes))}`,
  )
}

const server = await startServer({
  port: PORT,
  databaseUrl: process.env.BENCH_DATABASE_URL,
  env: CPU_WORKERS === undefined ? {} : { PARALLEL_CPU_WORKERS: CPU_WORKERS },
})
try {
  const pair = generateParallel(PARAGRAPHS, PARAGRAPHS, 13)
  const { id: documentId } = await api<{ id: string }>(server, '/api/documents', {
    method: 'POST',
    body: JSON.stringify({ title: `Align ${PARAGRAPHS}`, sourceLang: 'en', text: pair.source.join('\n\n') }),
  })
  const segment = await createSaveTarget(server)
  console.log(
    `${PARAGRAPHS} × ${PARAGRAPHS} paragraphs, ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ` +
      `PARALLEL_CPU_WORKERS=${CPU_WORKERS ?? '(default)'}`,
  )
  const quietStart = performance.now()
  const quiet = startClients(server, segment)
  await new Promise((resolve) => setTimeout(resolve, 3000))
  await quiet.stop()
  summarize('no alignment running', quiet, quietStart, performance.now())

  const clients = startClients(server, segment)
  const imported = await importTranslation(server, documentId, pair.target.join('\n\n'))
  const view = await api<{ version: number }>(server, `/api/documents/${documentId}/translations/de/links`)
  const realignStart = performance.now()
  await api(server, `/api/documents/${documentId}/translations/de/links`, {
    method: 'POST',
    body: JSON.stringify({ op: 'realign', version: view.version }),
  })
  const realignEnd = performance.now()
  const tmx = IMPORT_MB > 0 ? generateTmx(IMPORT_MB) : ''
  const fileImport = IMPORT_MB > 0 ? await importExchangeFile(server, tmx) : undefined
  // Summed up once every request has come back: one held up across a phase ends after it.
  await clients.stop()
  const aligned = imported.marks.get(0.8) ?? imported.ended
  summarize('import: alignment', clients, imported.marks.get(0.05) ?? imported.started, aligned)
  summarize('import: writing', clients, aligned, imported.ended)
  summarize('realign unconfirmed', clients, realignStart, realignEnd)
  if (fileImport) {
    const label = `${Math.round(Buffer.byteLength(tmx) / 1024 / 1024)} MB TMX`
    summarize(`${label}: upload`, clients, fileImport.started, fileImport.uploaded)
    summarize(`${label}: job`, clients, fileImport.uploaded, fileImport.ended)
    summarize(`… check`, clients, fileImport.uploaded, fileImport.checked)
    summarize(`… read and place`, clients, fileImport.checked, fileImport.read)
    summarize(`… write and memory`, clients, fileImport.read, fileImport.ended)
  }
} finally {
  await server.stop()
}
