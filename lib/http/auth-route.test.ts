import { describe, expect, it } from 'vitest'
import { authPost as POST } from './auth-route'

const url = 'http://127.0.0.1:3000/api/auth/sign-in/email'

type Refusal = { code: string; message: string; error: { code: string; message: string } }

describe('POST /api/auth refusals before better-auth', () => {
  it('refuses a request from another site in the caller’s language, in the API’s error shape', async () => {
    const response = await POST(
      new Request(url, {
        method: 'POST',
        headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json', 'accept-language': 'ru' },
        body: '{}',
      }),
    )
    expect(response.status).toBe(403)
    const body = (await response.json()) as Refusal
    expect(body.error.code).toBe('auth.crossSite')
    expect(body.message).toBe(body.error.message)
    expect(body.message).toMatch(/[а-я]/)
    expect(body.message).not.toContain('auth.crossSite')
  })

  it('cancels a body past 16 KiB while it streams, and says so in the caller’s language', async () => {
    let pulled = 0
    const fourMegabytes = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        if (pulled > 64) controller.close()
        else controller.enqueue(new Uint8Array(64 * 1024).fill(32))
      },
    })
    const response = await POST(
      new Request(url, {
        method: 'POST',
        headers: { origin: 'http://127.0.0.1:3000', 'content-type': 'application/json', 'accept-language': 'ko' },
        body: fourMegabytes,
        duplex: 'half',
      } as RequestInit),
    )
    expect(response.status).toBe(413)
    const body = (await response.json()) as Refusal
    expect(body.error.code).toBe('request.tooLarge')
    expect(body.message).toMatch(/[가-힣]/)
    expect(pulled).toBeLessThan(5)
  })
})
