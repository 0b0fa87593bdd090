import { afterAll, describe, expect, test } from 'vitest'
import { z } from 'zod'
import { createDb } from '../db/client'
import { AppError } from '../errors'
import { streamProgress, wantsProgress } from './progress-stream'
import { captureLogs } from '../test/captured-logs'

const request = (accept = 'application/x-ndjson') =>
  new Request('http://localhost/x', { headers: { accept, 'accept-language': 'ru' } })
const lines = async (response: Response) =>
  (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)

describe('streamProgress', () => {
  test('sends each progress report as a line, then the result with its status', async () => {
    const response = streamProgress(request(), 201, async (report) => {
      await report(0.5)
      return { id: 'x' }
    })
    expect(response.headers.get('content-type')).toMatch(/ndjson/)
    expect(await lines(response)).toEqual([{ progress: 0.5 }, { result: { id: 'x' }, status: 201 }])
  })

  test('ends with a localized error line when the task fails with an AppError', async () => {
    const response = streamProgress(request(), 201, () =>
      Promise.reject(new AppError('translation.exists', { lang: 'ru' })),
    )
    const [last] = await lines(response)
    expect(last).toMatchObject({ status: 409, error: { code: 'translation.exists', lang: 'ru' } })
    expect((last?.error as { message: string }).message).toContain('«русский»')
  })
})

// Port 1 is closed: every query fails to connect, as when the database server goes away mid-import.
const unreachable = createDb({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:1/parallel' })
afterAll(() => unreachable.$disconnect())

describe('streamProgress maps errors as every other response does', () => {
  test('a lost database ends with 503 server.unavailable', async () => {
    const response = streamProgress(request(), 201, () => unreachable.$queryRaw`SELECT 1`)
    const [last] = await lines(response)
    expect(last).toMatchObject({ status: 503, error: { code: 'server.unavailable', reason: 'DatabaseNotReachable' } })
  })

  test('a validation error ends with 400 and localized issues', async () => {
    const response = streamProgress(request(), 201, async () => z.object({ title: z.string() }).parse({}))
    const [last] = await lines(response)
    expect(last).toMatchObject({ status: 400, error: { code: 'validation.invalid', issues: [{ path: 'title' }] } })
  })

  test('a bug ends with 500 server.internal and a message in the caller’s language', async () => {
    const logged = captureLogs()
    const response = streamProgress(request(), 201, () => Promise.reject(new TypeError('boom')))
    const [last] = await lines(response)
    expect(last).toMatchObject({ status: 500, error: { code: 'server.internal' } })
    expect((last?.error as { message: string }).message).toMatch(/[а-яё]/i)
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 50, msg: 'request failed', err: expect.objectContaining({ message: 'boom' }) }),
    )
  })
})

describe('wantsProgress', () => {
  test('is true only for clients that accept ndjson', () => {
    expect(wantsProgress(request())).toBe(true)
    expect(wantsProgress(request('application/json'))).toBe(false)
  })
})
