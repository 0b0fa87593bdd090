import { describe, expect, test } from 'vitest'
import { REQUEST_ID_HEADER, requestIdOf, requestLog } from './log'
import { captureLogs } from './test/captured-logs'

const request = (headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/documents?token=abc', { method: 'POST', headers })

describe('requestLog', () => {
  test('every entry names the request: the id the caller sent, its method and its path without the query', () => {
    const logs = captureLogs()
    requestLog(request({ [REQUEST_ID_HEADER]: 'lb-7f3a.1' })).error({ err: new Error('boom') }, 'request failed')
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({
      level: 50,
      msg: 'request failed',
      requestId: 'lb-7f3a.1',
      method: 'POST',
      path: '/api/documents',
      err: { type: 'Error', message: 'boom' },
    })
    expect(JSON.stringify(logs[0])).not.toContain('token=abc')
  })

  test('a request without a usable id gets one, the same for all its entries', () => {
    const logs = captureLogs()
    const forged = request({ [REQUEST_ID_HEADER]: '"><script> fake entry' })
    requestLog(forged).info('first')
    requestLog(forged).info('second')
    requestLog(request()).info('another request')
    const [first, second, other] = logs.map((entry) => entry.requestId as string)
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(second).toBe(first)
    expect(other).toMatch(/^[0-9a-f-]{36}$/)
    expect(other).not.toBe(first)
    expect(requestIdOf(forged)).toBe(first)
  })

  test('passwords, tokens, cookies and authorization headers never reach the log', () => {
    const logs = captureLogs()
    requestLog(request()).warn(
      {
        password: 'hunter2-secret',
        body: { email: 'a@b.c', newPassword: 'n3w-secret' },
        headers: {
          cookie: 'session=cookie-secret',
          authorization: 'Bearer token-secret',
          'set-cookie': 'x=set-secret',
        },
        token: 'plain-token-secret',
        user: { secret: 'nested-secret' },
      },
      'sign-in refused',
    )
    const line = JSON.stringify(logs)
    for (const secret of [
      'hunter2',
      'n3w-secret',
      'cookie-secret',
      'token-secret',
      'set-secret',
      'plain-token',
      'nested-secret',
    ])
      expect(line).not.toContain(secret)
    expect(logs[0]).toMatchObject({ body: { email: 'a@b.c', newPassword: '[redacted]' }, password: '[redacted]' })
  })
})
