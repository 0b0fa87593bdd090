// `npm run bench:load` (issue 13): simulated editors against the production build (`npm run build` first).
// Each editor holds the translation's event stream open, reads rows and saves its own segment in a loop
// with a pause between steps. Reported per setup and number of editors: read and save latency (p50/p99),
// errors, and how long a save takes to reach the event streams of the other instance (from the moment
// the save was answered). Setups: PGlite with one instance; with BENCH_DATABASE_URL (a local database it
// may empty), PostgreSQL with two instances behind no balancer (editors alternate between them).
import { spawn, type ChildProcess } from 'node:child_process'
import { loadavg } from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import path from 'node:path'
import pg from 'pg'
import { startServer, type RunningServer } from './app-server'
import { quantile, round } from './stats'

const EDITORS = (process.env.BENCH_LOAD_EDITORS ?? '50,200').split(',').map(Number)
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20)
const PAUSE_MS = Number(process.env.BENCH_LOAD_PAUSE_MS ?? 2000)
// The editors work this long before anything is recorded: the servers' code is compiled on its first
// requests (a cold instance answered its first second of requests in 100–260 ms).
const WARMUP_SECONDS = Number(process.env.BENCH_LOAD_WARMUP_SECONDS ?? 5)
const PORT = Number(process.env.BENCH_LOAD_PORT ?? 3400)

type Instance = { url: string; stop: () => Promise<void> }

/**
 * A second app process on the same PostgreSQL database and the first one's data folder (it holds the
 * key that signs sessions), without preparing the database again.
 */
async function startSecondInstance(port: number, firstPort: number, databaseUrl: string): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PARALLEL_DATA_DIR: path.resolve(`.tmp/bench-${firstPort}/pglite`),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${url}/api/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
    },
  }
}

/**
 * Follows a translation's events (Server-Sent Events over fetch); calls `onSegment` with each segment
 * event. Without `onSegment` the stream is only held open and read: a simulated editor's stream, whose
 * events a browser would parse in its own process, costs this one process no parsing (50 streams
 * parsed here took a quarter of a core and delayed the answers it measures).
 */
function followEvents(
  url: string,
  cookie: string,
  onSegment?: (data: { id: string; version: number }) => void,
): { opened: Promise<void>; close: () => void } {
  const controller = new AbortController()
  let opened: () => void = () => undefined
  const openedPromise = new Promise<void>((resolve) => (opened = resolve))
  void (async () => {
    try {
      const response = await fetch(url, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal })
      if (!response.ok || !response.body) throw new Error(`events: ${response.status}`)
      opened()
      const decoder = new TextDecoder()
      let buffer = ''
      const reader = response.body.getReader()
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        if (!onSegment) continue
        buffer += decoder.decode(chunk.value, { stream: true })
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(frame)?.[1]
          const data = /^data: (.*)$/m.exec(frame)?.[1]
          if (event === 'segment' && data) onSegment(JSON.parse(data) as { id: string; version: number })
        }
      }
    } catch {
      opened()
    }
  })()
  return { opened: openedPromise, close: () => controller.abort() }
}

async function createDocument(server: RunningServer, paragraphs: number) {
  const call = async <T>(url: string, init?: RequestInit) => {
    const response = await fetch(`${server.url}${url}`, {
      ...init,
      headers: { 'content-type': 'application/json', cookie: server.cookie, origin: server.url },
    })
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    return (await response.json()) as T
  }
  const text = Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of the load test.`).join('\n\n')
  const { id } = await call<{ id: string }>('/api/documents', {
    method: 'POST',
    body: JSON.stringify({ title: `Load ${paragraphs}`, sourceLang: 'en', text }),
  })
  await call(`/api/documents/${id}/translations`, { method: 'POST', body: JSON.stringify({ lang: 'ru' }) })
  const { rows } = await call<{ rows: Array<{ targets: Array<{ id: string; version: number }> }> }>(
    `/api/documents/${id}/translations/ru`,
  )
  return { id, segments: rows.map((row) => ({ ...row.targets[0]! })) }
}

async function runEditors(
  instances: Instance[],
  cookie: string,
  editors: number,
  documentId: string,
  segments: Array<{ id: string; version: number }>,
) {
  const eventsPath = `/api/documents/${documentId}/translations/ru/events`
  // One observer per instance records when each segment event arrives there.
  const arrivals = instances.map(() => new Map<string, number>())
  const observers = instances.map((instance, k) =>
    followEvents(`${instance.url}${eventsPath}`, cookie, (data) => {
      if (!arrivals[k]!.has(`${data.id}:${data.version}`))
        arrivals[k]!.set(`${data.id}:${data.version}`, performance.now())
    }),
  )
  const streams = Array.from({ length: editors }, (_, i) =>
    followEvents(`${instances[i % instances.length]!.url}${eventsPath}`, cookie),
  )
  await Promise.all([...observers, ...streams].map((s) => s.opened))
  const reads: number[] = []
  const saves: Array<{ ms: number; key: string; answeredAt: number; instance: number }> = []
  let errors = 0
  const recordFrom = performance.now() + WARMUP_SECONDS * 1000
  const deadline = recordFrom + SECONDS * 1000
  const editor = async (i: number) => {
    const k = i % instances.length
    const base = instances[k]!.url
    const segment = segments[i]!
    const headers = { 'content-type': 'application/json', cookie, origin: base }
    await new Promise((r) => setTimeout(r, Math.random() * PAUSE_MS))
    for (let n = 0; performance.now() < deadline; n++) {
      let start = performance.now()
      const recording = start >= recordFrom
      const read = await fetch(`${base}/api/documents/${documentId}/translations/ru`, { headers }).catch(() => null)
      if (read?.ok) {
        await read.arrayBuffer()
        if (recording) reads.push(performance.now() - start)
      } else errors++
      start = performance.now()
      const saved = await fetch(`${base}/api/segments/${segment.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ html: `<p>Editor ${i}, save ${n}</p>`, version: segment.version }),
      }).catch(() => null)
      if (saved?.ok) {
        const { version } = (await saved.json()) as { version: number }
        const answeredAt = performance.now()
        if (recording) saves.push({ ms: answeredAt - start, key: `${segment.id}:${version}`, answeredAt, instance: k })
        segment.version = version
      } else errors++
      await new Promise((r) => setTimeout(r, PAUSE_MS * (0.5 + Math.random())))
    }
  }
  // The bench's own event loop: a request answered while it was blocked is timed late, so its delays
  // say how much of a tail is the bench's rather than the servers'.
  const benchLoop = monitorEventLoopDelay({ resolution: 10 })
  const startMonitor = setTimeout(() => benchLoop.enable(), Math.max(0, recordFrom - performance.now()))
  await Promise.all(Array.from({ length: editors }, (_, i) => editor(i)))
  clearTimeout(startMonitor)
  benchLoop.disable()
  await new Promise((r) => setTimeout(r, 2000))
  for (const stream of [...observers, ...streams]) stream.close()
  // Delivery: to the other instance when there are two, else to the same one.
  const delays: number[] = []
  let missing = 0
  for (const save of saves) {
    const at = arrivals[(save.instance + 1) % instances.length]!.get(save.key)
    if (at === undefined) missing++
    else delays.push(Math.max(0, at - save.answeredAt))
  }
  const ms = (values: number[]) => ({ p50: round(quantile(values, 0.5)), p99: round(quantile(values, 0.99)) })
  return {
    editors,
    seconds: SECONDS,
    reads: { count: reads.length, ...ms(reads) },
    saves: { count: saves.length, perSecond: round(saves.length / SECONDS), ...ms(saves.map((s) => s.ms)) },
    errors,
    events: { delivered: delays.length, missing, delayMs: ms(delays) },
    benchEventLoopDelayMs: {
      p99: round(benchLoop.percentile(99) / 1e6),
      max: round(benchLoop.max / 1e6),
    },
  }
}

async function runSetup(name: string, databaseUrl: string | undefined, instanceCount: number) {
  const first = await startServer({ port: PORT, databaseUrl })
  const instances: Instance[] = [{ url: first.url, stop: first.stop }]
  for (let k = 1; k < instanceCount; k++) instances.push(await startSecondInstance(PORT + k, PORT, databaseUrl!))
  const results = []
  try {
    for (const editors of EDITORS) {
      const document = await createDocument(first, editors)
      const load = round(loadavg()[0]!, 2)
      const result = await runEditors(instances, first.cookie, editors, document.id, document.segments)
      results.push({ ...result, loadAverage: { before: load, after: round(loadavg()[0]!, 2) } })
      console.log(`${name}:`, JSON.stringify(results.at(-1)))
    }
  } finally {
    for (const instance of instances.reverse()) await instance.stop()
  }
  return results
}

export async function runLoadBench(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {}
  const url = process.env.BENCH_DATABASE_URL
  if (url) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    await client.end()
    results.postgresTwoInstances = await runSetup('postgres, 2 instances', url, 2)
  }
  if (process.env.BENCH_LOAD_PGLITE !== '0')
    results.pgliteOneInstance = await runSetup('pglite, 1 instance', undefined, 1)
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runLoadBench(), null, 2))
