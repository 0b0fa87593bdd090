import { describe, expect, test } from 'vitest'
import * as matchesRoute from '@/app/api/tm/matches/route'
import { upsertTmUnits } from '@/lib/db/tm-units'
import { callRoute } from '@/lib/http/test/call-route'
import { routeTestSetup } from '@/lib/http/test/route-test-setup'

const setup = routeTestSetup('tm-matches', 'translator')

/** A Cyrillic paragraph of `length` characters: 6 bytes a character once percent-encoded in a URL. */
const cyrillic = (length: number, word = 'слово') =>
  Array.from({ length: Math.ceil(length / 6) }, (_, k) => `${word}${k % 10} `)
    .join('')
    .slice(0, length)

type Answer = { matches?: Array<{ score: number; target: string }>; error?: { code: string; message: string } }

describe('/api/tm/matches', () => {
  test('POST finds the match of a long Cyrillic paragraph with its neighbours, past what a URL carries', async () => {
    const pair = { srcLang: 'ru', tgtLang: `en-x-${Math.random().toString(36).slice(2, 8)}` }
    const text = cyrillic(1500)
    await upsertTmUnits(setup.db, [
      {
        ...pair,
        source: text,
        target: 'A long paragraph.',
        origin: 'long.tmx',
        status: 'imported',
        updatedAt: new Date(),
      },
    ])
    const query = { ...pair, text, prev: cyrillic(1500, 'перед'), next: cyrillic(1500, 'после') }
    // The same query in a URL: over Node's 16 KB limit for the request line and headers (431, no body).
    expect(new URLSearchParams(query).toString().length).toBeGreaterThan(16 * 1024)
    const response = await callRoute(matchesRoute.POST, { method: 'POST', token: setup.token, body: query })
    const answer = (await response.json()) as Answer
    expect(response.status, JSON.stringify(answer.error)).toBe(200)
    expect(answer.matches?.map((m) => [m.score, m.target])).toEqual([[100, 'A long paragraph.']])
  })

  test('POST takes the schema of the GET, limits included, and refuses unknown keys', async () => {
    const pair = { srcLang: 'ru', tgtLang: 'en' }
    const post = (body: unknown) => callRoute(matchesRoute.POST, { method: 'POST', token: setup.token, body })
    expect((await post({ ...pair, text: cyrillic(20_001) })).status).toBe(400)
    expect((await post({ ...pair, text: 'Текст.', limit: 21 })).status).toBe(400)
    const extra = await post({ ...pair, text: 'Текст.', extra: 1 })
    expect(extra.status).toBe(400)
    expect(((await extra.json()) as Answer).error?.code).toBe('validation.invalid')
    expect((await post({ ...pair, text: 'Текст.', limit: 3 })).status).toBe(200)
  })

  test('GET still answers a short query', async () => {
    const response = await callRoute(matchesRoute.GET, {
      token: setup.token,
      query: { srcLang: 'ru', tgtLang: 'en', text: 'Короткий текст.' },
    })
    expect(response.status).toBe(200)
    expect(((await response.json()) as Answer).matches).toEqual([])
  })
})
