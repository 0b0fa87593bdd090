import { afterAll, describe, expect, test } from 'vitest'
import { z } from 'zod'
import { createDb } from '../db/client'
import { AppError } from '../errors'
import { errorResponse, handle } from './respond'
import { PatchSegmentSchema } from './schemas'
import { captureLogs } from '../test/captured-logs'

type ErrorBody = { error: { code: string; message: string; issues?: Array<{ path: string; message: string }> } }

const request = (locale: string) => new Request('http://localhost/api/x', { headers: { 'accept-language': locale } })

// Port 1 is closed: every query fails to connect, as when the database server is down.
const unreachable = createDb({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:1/parallel' })
afterAll(() => unreachable.$disconnect())

describe('handle', () => {
  test('a database that cannot be reached answers 503 server.unavailable, not a 500', async () => {
    const response = await handle(request('en'), async () => {
      await unreachable.$queryRaw`SELECT 1`
      return new Response('ok')
    })
    expect(response.status).toBe(503)
    const body = (await response.json()) as ErrorBody & { error: { reason?: string } }
    expect(body.error).toMatchObject({ code: 'server.unavailable', reason: 'DatabaseNotReachable' })
  })

  test('the too-large message gives the limit as a size in the caller’s language, never a raw {{size}}', async () => {
    for (const [locale, size] of [
      ['en', '5 MB'],
      ['ru', '5 МБ'],
    ] as const) {
      const response = await handle(request(locale), () =>
        Promise.reject(new AppError('import.tooLarge', { maxBytes: 5 * 1024 * 1024 })),
      )
      expect(response.status).toBe(413)
      const { error } = (await response.json()) as ErrorBody
      expect(error.message).not.toContain('{{')
      expect(error.message).toContain(size)
    }
  })

  test('a bug answers 500 server.internal with a message in the caller’s language', async () => {
    const logged = captureLogs()
    const response = await handle(request('ko'), () => Promise.reject(new TypeError('boom')))
    expect(response.status).toBe(500)
    const { error } = (await response.json()) as ErrorBody
    expect(error.code).toBe('server.internal')
    expect(error.message).toMatch(/[가-힣]/)
    expect(logged).toContainEqual(
      expect.objectContaining({ level: 50, msg: 'request failed', err: expect.objectContaining({ message: 'boom' }) }),
    )
  })

  test('validation issues reach the user in their language, not in Zod’s English', async () => {
    const schema = z.object({ version: z.number().int().positive(), title: z.string().min(1) })
    const response = await handle(request('ru'), async () => {
      schema.parse({ version: 'x', title: '' })
      return new Response('ok')
    })
    expect(response.status).toBe(400)
    const { error } = (await response.json()) as ErrorBody
    expect(error.code).toBe('validation.invalid')
    expect(error.issues?.map((i) => i.path)).toEqual(['version', 'title'])
    for (const issue of error.issues ?? []) expect(issue.message).toMatch(/[а-яё]/i)
  })

  test('a segment save with version 0 is told that versions start at 1, in the caller’s language', async () => {
    const expected = { en: /at least 1\b/, ru: /от 1\b/, ko: /1 이상/ }
    for (const [locale, pattern] of Object.entries(expected)) {
      const response = await handle(request(locale), async () => {
        PatchSegmentSchema.parse({ html: '<p>Hi</p>', version: 0 })
        return new Response('ok')
      })
      expect(response.status).toBe(400)
      const { error } = (await response.json()) as ErrorBody
      expect(error.code).toBe('validation.version')
      expect(error.message).toMatch(pattern)
      expect(error.message).not.toMatch(/\b0\b/)
    }
  })
})

const details = { characters: 1_000_001, nodes: 1, maxCharacters: 1_000_000, maxNodes: 10_000 }

async function messageOf(lang: string, code: 'segment.tooLarge' | 'request.tooLarge', params: object) {
  const request = new Request('http://x/', { headers: { 'accept-language': lang } })
  const body = (await (await errorResponse(request, code, 413, { ...params })).json()) as { error: { message: string } }
  return body.error.message
}

describe('errorResponse', () => {
  test('the segment limit is named with numbers formatted in the reader’s language', async () => {
    const en = await messageOf('en', 'segment.tooLarge', details)
    const ru = await messageOf('ru', 'segment.tooLarge', details)
    const ko = await messageOf('ko', 'segment.tooLarge', details)
    expect(en).toContain('1,000,000 characters')
    expect(en).toContain('10,000')
    expect(ru).toContain(new Intl.NumberFormat('ru').format(1_000_000))
    expect(ko).toContain('1,000,000')
    for (const message of [en, ru, ko]) expect(message).not.toMatch(/\{\{|\}\}/)
  })

  test('the request limit names its size as every other size message does', async () => {
    for (const [lang, size] of [
      ['en', '16 MB'],
      ['ru', '16 МБ'],
    ] as const) {
      const message = await messageOf(lang, 'request.tooLarge', { maxBytes: 16 * 1024 * 1024 })
      expect(message).toContain(size)
      expect(message).not.toMatch(/\{\{|bytes|байт/)
    }
  })
})
