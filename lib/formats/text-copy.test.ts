import { describe, expect, test } from 'vitest'
import { copyText } from './text-copy'

async function* chunks(...parts: string[]) {
  yield* parts
}
async function drain(source: AsyncIterable<string>): Promise<string> {
  let out = ''
  for await (const part of source) out += part
  return out
}

describe('copyText', () => {
  test('passes every chunk through and gives the whole text once read, while within the limit', async () => {
    const copy = copyText(chunks('ab', 'cé'), 5)
    expect(copy.text()).toBeUndefined()
    expect(await drain(copy.chunks)).toBe('abcé')
    expect(copy.text()).toBe('abcé')
  })

  test('keeps no copy past the limit (in UTF-8 bytes), and still passes everything through', async () => {
    const copy = copyText(chunks('ab', 'cé'), 4)
    expect(await drain(copy.chunks)).toBe('abcé')
    expect(copy.overflowed).toBe(true)
    expect(copy.text()).toBeUndefined()
  })

  test('keeps nothing once discarded', async () => {
    const copy = copyText(chunks('ab', 'cd'), 100)
    const reader = copy.chunks[Symbol.asyncIterator]()
    await reader.next()
    copy.discard()
    while (!(await reader.next()).done);
    expect(copy.text()).toBeUndefined()
  })
})
