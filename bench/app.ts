// App benchmarks for issue #2: editor open time, typing latency, save round trips, server memory.
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'
import { api, startServer, type RunningServer } from './app-server'
import { quantile, round } from './stats'

async function createBigDocument(server: RunningServer, paragraphs: number): Promise<string> {
  const text = Array.from(
    { length: paragraphs },
    (_, i) =>
      `Paragraph ${i + 1}. The two countries agreed on **strategic communication** and cooperation in the new era, number ${i * 7}.`,
  ).join('\n\n')
  const { id } = await api<{ id: string }>(server, '/api/documents', {
    method: 'POST',
    body: JSON.stringify({ title: `Bench ${paragraphs}`, sourceLang: 'en', text, format: 'markdown' }),
  })
  await api(server, `/api/documents/${id}/translations`, { method: 'POST', body: JSON.stringify({ lang: 'ru' }) })
  return id
}

async function measureSaves(
  server: RunningServer,
  documentId: string,
  count: number,
): Promise<{ p50: number; p99: number }> {
  const view = await api<{ rows: Array<{ targets: Array<{ id: string; version: number }> }> }>(
    server,
    `/api/documents/${documentId}/translations/ru`,
  )
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const target = view.rows[i % view.rows.length]!.targets[0]!
    const start = performance.now()
    const saved = await api<{ version: number }>(server, `/api/segments/${target.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ html: `<p>Перевод ${i}</p>`, version: target.version }),
    })
    times.push(performance.now() - start)
    target.version = saved.version
  }
  return { p50: round(quantile(times, 0.5), 2), p99: round(quantile(times, 0.99), 2) }
}

async function measureEditor(server: RunningServer, documentId: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const [name, value] = server.cookie.split('=') as [string, string]
  await context.addCookies([{ name, value, url: server.url }])
  const page = await context.newPage()
  const openTimes: number[] = []
  for (let i = 0; i < 3; i++) {
    await page.goto(`${server.url}/documents/${documentId}/translate/ru`, { waitUntil: 'commit' })
    await page.getByRole('button', { name: 'Edit segment 1', exact: true }).waitFor()
    openTimes.push(await page.evaluate(() => performance.now()))
  }
  await page.getByRole('button', { name: 'Edit segment 3', exact: true }).click()
  await page.getByRole('textbox', { name: 'Edit segment 3' }).waitFor()
  await page.evaluate(() => {
    const w = window as unknown as { latencies: number[] }
    w.latencies = []
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now()
        requestAnimationFrame(() => setTimeout(() => w.latencies.push(performance.now() - start), 0))
      },
      true,
    )
  })
  await page.keyboard.type('Быстрый набор текста в большом документе проверяет задержку.', { delay: 40 })
  await page.waitForTimeout(300)
  const latencies = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies)
  await page.mouse.wheel(0, 20000)
  await browser.close()
  return {
    firstOpenMs: round(openTimes[0] ?? 0, 0),
    openMs: round(quantile(openTimes, 0.5), 0),
    typingP50: round(quantile(latencies, 0.5), 1),
    typingP95: round(quantile(latencies, 0.95), 1),
  }
}

/** Runs the app benchmarks and returns the figures. */
export async function runAppBench(): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {}
  const server = await startServer({ port: 3310 })
  try {
    const sample = (await api<{ documents: Array<{ id: string; title: string }> }>(server, '/api/documents'))
      .documents[0]!.id
    results.sampleEditor = await measureEditor(server, sample)
    const big = await createBigDocument(server, 5000)
    results.bigEditor = await measureEditor(server, big)
    results.savePglite = await measureSaves(server, big, 300)
    results.serverRssMb = round(server.rssMb(), 0)
  } finally {
    await server.stop()
  }
  const pgUrl = process.env.BENCH_DATABASE_URL
  if (pgUrl) {
    const pgServer = await startServer({ port: 3311, databaseUrl: pgUrl })
    try {
      const big = await createBigDocument(pgServer, 500)
      results.savePostgres = await measureSaves(pgServer, big, 300)
      results.serverRssMbPostgres = round(pgServer.rssMb(), 0)
    } finally {
      await pgServer.stop()
    }
  }
  return results
}
