import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import ru from '@/lib/i18n/locales/ru.json'

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/** Every route file under app/api but better-auth's own (which answers its own paths) and the unknown paths'. */
function routeFiles(dir = 'app/api'): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory())
      return ['app/api/auth', 'app/api/[...rest]'].includes(full) ? [] : routeFiles(full)
    return entry === 'route.ts' ? [full] : []
  })
}

const call = (handler: Handler, method: string, lang = 'en') =>
  handler(new Request('http://localhost/api/x', { method, headers: { 'accept-language': lang } }), {
    params: Promise.resolve({}),
  })

describe('methods a route does not implement', () => {
  test('POST /api/health is 405 in the API’s error shape, in the caller’s language, with Allow', async () => {
    const health = (await import('@/app/api/health/route')) as unknown as Record<string, Handler>
    const response = await call(health.POST!, 'POST', 'ru')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS')
    expect(await response.json()).toEqual({
      error: {
        code: 'request.methodNotAllowed',
        message: ru.errors.request.methodNotAllowed.replace('{{method}}', 'POST'),
        method: 'POST',
        allow: ['GET', 'HEAD', 'OPTIONS'],
      },
    })
  })

  test('PUT /api/folder-imports is 405 with Allow naming POST; OPTIONS answers the same Allow', async () => {
    const folder = (await import('@/app/api/folder-imports/route')) as unknown as Record<string, Handler>
    const response = await call(folder.PUT!, 'PUT')
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('OPTIONS, POST')
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('request.methodNotAllowed')
    const options = await call(folder.OPTIONS!, 'OPTIONS')
    expect([options.status, options.headers.get('allow')]).toEqual([204, 'OPTIONS, POST'])
  })

  test.each(routeFiles())('%s answers every method: its own through route(), the others 405', async (file) => {
    const handlers = (await import(`@/${file}`)) as Record<string, unknown>
    const options = await call(handlers.OPTIONS as Handler, 'OPTIONS')
    const allow = options.headers.get('allow')?.split(', ') ?? []
    for (const method of METHODS) {
      const handler = handlers[method] as Handler & { allow?: unknown }
      expect(typeof handler, `${file} ${method}`).toBe('function')
      if (allow.includes(method)) {
        expect(handler.allow, `${file} ${method} goes through route()`).toBeDefined()
        continue
      }
      const response = await call(handler, method)
      expect(response.status, `${file} ${method}`).toBe(405)
      expect(response.headers.get('allow')).toBe(allow.join(', '))
    }
  })
})

describe('an /api path no route serves', () => {
  test.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])(
    '%s is a JSON 404 in the caller’s language, not the HTML page',
    async (method) => {
      const rest = (await import('@/app/api/[...rest]/route')) as unknown as Record<string, Handler>
      const response = await call(rest[method]!, method, 'ru')
      expect(response.status).toBe(404)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      expect(await response.json()).toEqual({
        error: { code: 'request.notFound', message: ru.errors.request.notFound },
      })
    },
  )
})
