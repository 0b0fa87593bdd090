import { describe, expect, test } from 'vitest'
import { readJsonBody } from './read-json-body'

function streamOf(chunks: string[], pulled: { count: number }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks[pulled.count++]
        if (next === undefined) controller.close()
        else controller.enqueue(encoder.encode(next))
      },
    },
    { highWaterMark: 0 },
  )
}

describe('readJsonBody', () => {
  test('parses a body within the limit', async () => {
    const request = new Request('http://x/', { method: 'PATCH', body: '{"version":1,"html":"<p>Дружба</p>"}' })
    expect(await readJsonBody(request, 100)).toEqual({ version: 1, html: '<p>Дружба</p>' })
  })

  test('a declared length past the limit is refused before the body is read', async () => {
    const pulled = { count: 0 }
    const request = new Request('http://x/', {
      method: 'PATCH',
      body: streamOf(['{"a":1}'], pulled),
      headers: { 'content-length': '101' },
      duplex: 'half',
    } as RequestInit)
    await expect(readJsonBody(request, 100)).rejects.toMatchObject({ code: 'request.tooLarge', status: 413 })
    expect(pulled.count).toBe(0)
  })

  test('a streamed body is cancelled as soon as it passes the limit', async () => {
    const pulled = { count: 0 }
    const chunks = Array.from({ length: 1000 }, () => 'x'.repeat(50))
    const request = new Request('http://x/', {
      method: 'PATCH',
      body: streamOf(chunks, pulled),
      duplex: 'half',
    } as RequestInit)
    await expect(readJsonBody(request, 120)).rejects.toMatchObject({
      code: 'request.tooLarge',
      details: { maxBytes: 120 },
    })
    expect(pulled.count).toBeLessThan(10)
  })
})

describe('readJsonBody on a body the client stops sending', () => {
  test('is a validation error, not a server fault', async () => {
    let sent = false
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) return controller.error(new TypeError('terminated'))
        sent = true
        controller.enqueue(new TextEncoder().encode('{"a":'))
      },
    })
    const request = new Request('http://x/', { method: 'PATCH', body, duplex: 'half' } as RequestInit)
    await expect(readJsonBody(request, 100)).rejects.toMatchObject({ code: 'validation.invalid', status: 400 })
  })
})
