import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { chunked, CHUNK_CHARS, type Piece } from './chunked'
import { collect } from './test-fixtures/tools'

async function chunksOf(pieces: Iterable<Piece>): Promise<string[]> {
  const out: string[] = []
  for await (const chunk of chunked(pieces)) out.push(chunk)
  return out
}

describe('chunked', () => {
  test('hands out every piece once, in order, in chunks within the limit unless one piece is longer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.nat({ max: 200 }), fc.nat({ max: CHUNK_CHARS + 100 })), { maxLength: 60 }),
        async (lengths) => {
          const pieces = lengths.map((n, i) => String.fromCharCode(97 + (i % 26)).repeat(n))
          const chunks = await chunksOf(pieces)
          expect(chunks.join('')).toBe(pieces.join(''))
          expect(chunks.every((c) => c.length > 0)).toBe(true)
          for (const c of chunks) if (c.length > CHUNK_CHARS) expect(pieces).toContain(c)
        },
      ),
    )
  })

  test('the piece that ends exactly at, or just past, the limit is handed out too', async () => {
    for (const tail of [1, 2, 15, 16]) {
      const pieces = ['h'.repeat(CHUNK_CHARS - 10), 'u'.repeat(10 - (tail % 10)), '</end>'.slice(0, tail)]
      expect(await collect(chunked(pieces))).toBe(pieces.join(''))
    }
  })

  test('waits for the promises among the pieces, in order', async () => {
    const seen: string[] = []
    function* pieces(): Generator<Piece> {
      yield 'a'
      yield new Promise<void>((resolve) => setTimeout(() => (seen.push('waited'), resolve()), 1))
      seen.push('after')
      yield 'b'
    }
    expect(await collect(chunked(pieces()))).toBe('ab')
    expect(seen).toEqual(['waited', 'after'])
  })

  test('an error from the pieces reaches the reader', async () => {
    function* pieces(): Generator<Piece> {
      yield 'a'
      throw new Error('boom')
    }
    await expect(collect(chunked(pieces()))).rejects.toThrow('boom')
  })
})
