import { describe, expect, test } from 'vitest'
import { AppError } from '../errors'
import { streamProgress, wantsProgress } from './progress-stream'

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
    expect((last?.error as { message: string }).message).toMatch(/ru/)
  })
})

describe('wantsProgress', () => {
  test('is true only for clients that accept ndjson', () => {
    expect(wantsProgress(request())).toBe(true)
    expect(wantsProgress(request('application/json'))).toBe(false)
  })
})
