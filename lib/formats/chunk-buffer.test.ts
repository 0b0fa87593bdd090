import { describe, expect, test } from 'vitest'
import { createChunkBuffer } from './chunk-buffer'

describe('createChunkBuffer', () => {
  test('hands every text out once, in order, in chunks of at most 32K characters unless one text is longer', () => {
    const buffer = createChunkBuffer()
    const texts = Array.from({ length: 3000 }, (_, i) => `${i}:${'я'.repeat(i % 97)}|`)
    texts.push('x'.repeat(70_000), 'end')
    const chunks: string[] = []
    for (const text of texts) {
      const chunk = buffer.add(text)
      if (chunk) chunks.push(chunk)
    }
    const rest = buffer.flush()
    if (rest) chunks.push(rest)
    expect(chunks.join('')).toBe(texts.join(''))
    expect(chunks.filter((c) => c.length > 32 * 1024)).toEqual(['x'.repeat(70_000)])
    expect(buffer.flush()).toBeUndefined()
  })
})
