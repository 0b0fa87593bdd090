import { describe, expect, test } from 'vitest'
import { errorResponse } from './respond'

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

  test('the request limit names its size in bytes', async () => {
    const message = await messageOf('ru', 'request.tooLarge', { maxBytes: 16 * 1024 * 1024 })
    expect(message).toContain(new Intl.NumberFormat('ru').format(16 * 1024 * 1024))
    expect(message).not.toMatch(/\{\{/)
  })
})
