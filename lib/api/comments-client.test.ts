import { describe, expect, test } from 'vitest'
import { createApiClient } from './client'

const ID = 'a/../b?c#d'
const LANG = 'x/../..//127.0.0.1:3299/pwned?q#h'

const COMMENT = {
  id: 'c1',
  segmentId: 's1',
  parentId: null,
  body: 'Термин',
  category: 'terminology',
  severity: 'major',
  version: 2,
  resolved: false,
  resolvedAt: null,
  resolvedBy: null,
  author: { id: 'u1', name: 'Анна', email: 'a@x' },
  createdAt: '2026-01-01T00:00:00.000Z',
}

function fakeFetch(answer: () => Response) {
  const calls: Array<{ url: string; init?: RequestInit }> = []
  const api = createApiClient(async (url, init) => {
    calls.push({ url, init })
    return answer()
  })
  return { api, calls }
}

const reached = (url: string) => {
  const resolved = new URL(url, 'http://parallel.local/documents/d1')
  return [resolved.origin, ...resolved.pathname.split('/').slice(1).map(decodeURIComponent), resolved.search]
}

describe('createApiClient: comments, review and quality', () => {
  test('every id and language stays one path segment; methods and bodies are the documented ones', async () => {
    const { api, calls } = fakeFetch(() => Response.json({}))
    await api.listComments(ID)
    await api.listComments(ID, { after: 'k/1+=', limit: 1 })
    await api.addComment(ID, { body: 'x', category: 'style', severity: 'minor' })
    await api.setThreadResolved(ID, true)
    await api.listThreads(ID, LANG, { openOnly: true })
    await api.listThreads(ID, LANG, { openOnly: false })
    await api.listThreads(ID, LANG, { openOnly: true, after: 'k/1+=', limit: 1 })
    await api.getQuality(ID)
    await api.reviewSegment(ID, {
      status: 'rejected',
      version: 3,
      comment: 'Почему',
      category: 'accuracy',
      severity: 'critical',
    })
    const o = 'http://parallel.local'
    expect(calls.map((c) => reached(c.url))).toEqual([
      [o, 'api', 'segments', ID, 'comments', ''],
      [o, 'api', 'segments', ID, 'comments', '?limit=1&after=k%2F1%2B%3D'],
      [o, 'api', 'segments', ID, 'comments', ''],
      [o, 'api', 'comments', ID, ''],
      [o, 'api', 'documents', ID, 'translations', LANG, 'comments', '?open=1'],
      [o, 'api', 'documents', ID, 'translations', LANG, 'comments', ''],
      [o, 'api', 'documents', ID, 'translations', LANG, 'comments', '?open=1&limit=1&after=k%2F1%2B%3D'],
      [o, 'api', 'documents', ID, 'quality', ''],
      [o, 'api', 'segments', ID, ''],
    ])
    expect(calls.map((c) => c.init?.method ?? 'GET')).toEqual([
      'GET',
      'GET',
      'POST',
      'PATCH',
      'GET',
      'GET',
      'GET',
      'GET',
      'PATCH',
    ])
    expect(JSON.parse(calls[3]!.init!.body as string)).toEqual({ resolved: true })
    expect(JSON.parse(calls[8]!.init!.body as string)).toMatchObject({ status: 'rejected', comment: 'Почему' })
  })

  test('answers are unwrapped, and an answer of another shape is a generic error', async () => {
    const page = { comments: [COMMENT, { id: 3 }], parents: [{ id: 4 }, COMMENT], openThreads: 1, next: 'k1' }
    const list = await fakeFetch(() => Response.json(page)).api.listComments('s1')
    expect(list).toEqual({ ok: true, data: { comments: [COMMENT], parents: [COMMENT], openThreads: 1, next: 'k1' } })
    const unpaged = await fakeFetch(() => Response.json({ comments: [COMMENT] })).api.listComments('s1')
    expect(unpaged).toMatchObject({ ok: false, error: { code: 'generic' } })
    const threads = { threads: [{ ...COMMENT, segmentPosition: 0, replyCount: 2 }], total: 51, next: 'k2' }
    expect(await fakeFetch(() => Response.json(threads)).api.listThreads('d1', 'ru', { openOnly: true })).toEqual({
      ok: true,
      data: threads,
    })
    const allThreads = await fakeFetch(() => Response.json({ threads: [] })).api.listThreads('d1', 'ru', {
      openOnly: true,
    })
    expect(allThreads).toMatchObject({ ok: false, error: { code: 'generic' } })
    const added = await fakeFetch(() => Response.json(COMMENT, { status: 201 })).api.addComment('s1', { body: 'x' })
    expect(added).toEqual({ ok: true, data: COMMENT })
    const wrong = await fakeFetch(() => Response.json({ id: 'c1' })).api.setThreadResolved('c1', true)
    expect(wrong).toMatchObject({ ok: false, error: { code: 'generic', status: 200 } })
    const quality = await fakeFetch(() => Response.json({ languages: [] })).api.getQuality('d1')
    expect(quality).toEqual({ ok: true, data: [] })
  })

  test('a refused rejection answers its code', async () => {
    const body = { error: { code: 'segment.rejectNeedsComment', message: 'x' } }
    const result = await fakeFetch(() => Response.json(body, { status: 422 })).api.reviewSegment('s1', {
      status: 'rejected',
      version: 1,
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'segment.rejectNeedsComment', status: 422 } })
  })
})
