import { readdirSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { POST } from '@/app/api/check/route'
import { MAX_PROBLEMS } from '@/lib/formats/problem-sink'
import { routeTestSetup } from '@/lib/http/test/route-test-setup'

// POST /api/check end to end, through the route handler: the answer is bounded and the upload never stays on disk.
const setup = routeTestSetup('check', 'translator')

const HEAD =
  '<tmx version="1.4"><header creationtool="t" segtype="line" srclang="en" datatype="plaintext" o-tmf="t" adminlang="en" creationtoolversion="1"/><body>'

const post = (body: BodyInit | ReadableStream<Uint8Array>, fileName = 'bad.tmx') =>
  POST(
    new Request(`http://localhost/api/check?fileName=${fileName}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${setup.token}` },
      ...({ duplex: 'half' } as object),
    }),
    { params: Promise.resolve({}) },
  )

describe('POST /api/check', () => {
  test('a file with a bad character in every byte gets the first problems and a count, and leaves no upload', async () => {
    const response = await post(`${HEAD}${'\u0000'.repeat(20_000)}</body></tmx>`)
    expect(response.status).toBe(200)
    const report = (await response.json()) as { problems: unknown[]; problemCount: number; truncated: boolean }
    expect(report.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1)
    expect(report.problemCount).toBeGreaterThanOrEqual(20_000)
    expect(report.truncated).toBe(true)
    expect(readdirSync(setup.dir)).toEqual([])
  })

  test('an upload the client aborts half-way leaves no file behind', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(HEAD))
        controller.error(new Error('client went away'))
      },
    })
    const response = await post(body)
    expect(response.status).toBe(400)
    expect(readdirSync(setup.dir)).toEqual([])
  })

  test('a file that is no exchange format is refused and leaves no file behind', async () => {
    const response = await post('hello, this is plain text', 'notes.txt')
    expect(response.status).toBe(415)
    expect(readdirSync(setup.dir)).toEqual([])
  })
})
