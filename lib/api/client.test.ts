import { describe, expect, test } from 'vitest'
import type { RichDoc } from '@/lib/richtext/types'
import { conflictOf, createApiClient, problemsOf } from './client'

const ORIGIN = 'http://parallel.local'
const ID = 'a/../b?c#d'
const LANG = 'x/../../../../..//127.0.0.1:3299/pwned?q#h'
const LINK = '../..'

type Call = { url: string; init: RequestInit | undefined }

/** A fake `fetch` that records each call and answers with `answer()` (a fresh response each time). */
function fakeFetch(answer: () => Response | Promise<Response> = () => json({})) {
  const calls: Call[] = []
  const fetcher = async (url: string, init?: RequestInit) => {
    calls.push({ url, init })
    return answer()
  }
  return { api: createApiClient(fetcher), calls }
}

const json = (body: unknown, status = 200) => Response.json(body, { status })
const ndjson = (chunks: string[], status = 200) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk))
        controller.close()
      },
    }),
    { status, headers: { 'content-type': 'application/x-ndjson' } },
  )

/** The path segments the request would reach, decoded, after the browser resolved the URL against a page. */
function reached(url: string) {
  const resolved = new URL(url, `${ORIGIN}/documents/d1/translate/ru`)
  return {
    origin: resolved.origin,
    segments: resolved.pathname.split('/').slice(1).map(decodeURIComponent),
    query: Object.fromEntries(resolved.searchParams),
    hash: resolved.hash,
  }
}

const DOC: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Привет' }] }] }
const SEGMENT = {
  id: 's1',
  text: 'Привет',
  html: '<p>Привет</p>',
  content: DOC,
  status: 'draft',
  version: 3,
  updatedAt: '2025-01-01T00:00:00.000Z',
  updatedBy: null,
}
const VIEW = {
  documentId: 'd1',
  title: 'T',
  sourceLang: 'en',
  lang: 'ko',
  version: 2,
  canUndo: true,
  canRedo: false,
  rows: [],
}
const FILE = new File(['<tmx/>'], 'a&b=c#?/../x.tmx')

describe('createApiClient: URLs', () => {
  test('every id, language and link id from data stays one path segment of a same-origin URL', async () => {
    const { api, calls } = fakeFetch(() => json({}))
    const input = { title: 't', sourceLang: 'en', text: 'x', format: 'text' as const, file: null }
    await api.saveSegment(ID, { doc: DOC, version: 1 })
    await api.getTranslation(ID, LANG)
    await api.createTranslation(ID, LANG)
    await api.importTranslationText(ID, { lang: LANG, text: 'x', replace: false, file: null }, () => {})
    await api.deleteTranslation(ID, LANG)
    await api.deleteDocument(ID)
    await api.getAlignment(ID, LANG)
    await api.runAlignmentOperation(ID, LANG, { op: 'undo', version: 1 })
    await api.listSentencePairs(ID, LANG, LINK)
    await api.previewArticle(input)
    await api.importArticle(input)
    await api.listImportJobs()
    await api.rejectSegment(ID, { comment: 'x', version: 1 })
    await api.approveSegments(ID, LANG, { segmentIds: ['s1'] })
    const expected = [
      ['api', 'segments', ID],
      ['api', 'documents', ID, 'translations', LANG],
      ['api', 'documents', ID, 'translations'],
      ['api', 'documents', ID, 'translations'],
      ['api', 'documents', ID, 'translations', LANG],
      ['api', 'documents', ID],
      ['api', 'documents', ID, 'translations', LANG, 'links'],
      ['api', 'documents', ID, 'translations', LANG, 'links'],
      ['api', 'documents', ID, 'translations', LANG, 'links', LINK, 'sentences'],
      ['api', 'articles', 'preview'],
      ['api', 'documents'],
      ['api', 'imports'],
      ['api', 'segments', ID],
      ['api', 'documents', ID, 'translations', LANG, 'approve'],
    ]
    expect(calls.map((c) => reached(c.url))).toEqual(
      expected.map((segments) => ({ origin: ORIGIN, segments, query: {}, hash: '' })),
    )
    expect(calls.map((c) => c.init?.method ?? 'GET')).toEqual([
      'PATCH',
      'GET',
      'POST',
      'POST',
      'DELETE',
      'DELETE',
      'GET',
      'POST',
      'GET',
      'POST',
      'POST',
      'GET',
      'PATCH',
      'POST',
    ])
  })

  test('file uploads carry the file name and target document in the query, the raw file as the body', async () => {
    const { api, calls } = fakeFetch(() => json({}))
    await api.checkFile(FILE)
    await api.importFile(FILE, { documentId: ID, update: true })
    await api.importFile(FILE, { documentId: '', update: false })
    expect(calls.map((c) => reached(c.url))).toEqual([
      { origin: ORIGIN, segments: ['api', 'check'], query: { fileName: FILE.name }, hash: '' },
      {
        origin: ORIGIN,
        segments: ['api', 'imports'],
        query: { fileName: FILE.name, documentId: ID, update: '1' },
        hash: '',
      },
      { origin: ORIGIN, segments: ['api', 'imports'], query: { fileName: FILE.name, documentId: '' }, hash: '' },
    ])
    expect(calls.every((c) => c.init?.body === FILE)).toBe(true)
  })

  test('JSON bodies are sent as JSON', async () => {
    const { api, calls } = fakeFetch(() => json(VIEW))
    await api.createTranslation('d1', 'ko')
    await api.runAlignmentOperation('d1', 'ko', { op: 'confirm', linkId: 'l1', confirmed: true, version: 2 })
    expect(calls.map((c) => [c.init?.headers, JSON.parse(String(c.init?.body))])).toEqual([
      [{ 'content-type': 'application/json' }, { lang: 'ko' }],
      [{ 'content-type': 'application/json' }, { op: 'confirm', linkId: 'l1', confirmed: true, version: 2 }],
    ])
  })

  test('a rejection is a PATCH of the segment with its reason and mark; a bulk approval POSTs its list', async () => {
    const { api, calls } = fakeFetch(() => json({ approved: 1, segments: [], skipped: [] }))
    await api.rejectSegment('s1', { comment: 'Термин', category: 'terminology', severity: 'major', version: 4 })
    const result = await api.approveSegments('d1', 'ru', { segmentIds: ['s1'], versions: { s1: 2 } })
    expect(calls.map((c) => [c.init?.method, JSON.parse(String(c.init?.body)) as unknown])).toEqual([
      ['PATCH', { status: 'rejected', comment: 'Термин', category: 'terminology', severity: 'major', version: 4 }],
      ['POST', { segmentIds: ['s1'], versions: { s1: 2 } }],
    ])
    expect(result).toEqual({ ok: true, data: { approved: 1, segments: [], skipped: [] } })
  })

  test('memory matches are asked for in a JSON body, so a long paragraph and its neighbours fit', async () => {
    const paragraph = 'Длинный абзац. '.repeat(1000)
    const query = { srcLang: 'ru', tgtLang: 'en', text: paragraph, prev: paragraph, next: paragraph, segment: 's1' }
    const { api, calls } = fakeFetch(() => json({ matches: [] }))
    expect(await api.tmMatches({ ...query, limit: 5 })).toEqual({ ok: true, data: [] })
    expect(calls.map((c) => [c.url, c.init?.method, c.init?.headers])).toEqual([
      ['/api/tm/matches', 'POST', { 'content-type': 'application/json' }],
    ])
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ ...query, limit: 5 })
  })

  test('a save asked to outlive the page is sent with keepalive; an ordinary save is not', async () => {
    const { api, calls } = fakeFetch(() => json(SEGMENT))
    await api.saveSegment('s1', { doc: DOC, version: 2 }, { keepalive: true })
    await api.saveSegment('s1', { doc: DOC, version: 2 })
    expect(calls.map((c) => [c.init?.method, c.init?.keepalive])).toEqual([
      ['PATCH', true],
      ['PATCH', undefined],
    ])
  })
})

describe('createApiClient: answers', () => {
  test('a success answers its data', async () => {
    expect(await fakeFetch(() => json(SEGMENT)).api.saveSegment('s1', { doc: DOC, version: 2 })).toEqual({
      ok: true,
      data: SEGMENT,
    })
    expect(await fakeFetch(() => json(VIEW)).api.getAlignment('d1', 'ko')).toEqual({ ok: true, data: VIEW })
    const pairs = [{ position: 0, sourceText: 'A.', targetText: 'А.', confidence: 0.9 }]
    expect(await fakeFetch(() => json({ sentences: pairs })).api.listSentencePairs('d1', 'ru', 'l1')).toEqual({
      ok: true,
      data: pairs,
    })
    expect(await fakeFetch(() => new Response(null, { status: 204 })).api.deleteDocument('d1')).toEqual({
      ok: true,
      data: null,
    })
  })

  test('an import answers the result at once (201) or the queued job (202)', async () => {
    const result = { documentId: 'd9', title: 'T', languages: ['ru'], paragraphs: 1, segments: 1, links: 1 }
    expect(await fakeFetch(() => json(result, 201)).api.importFile(FILE, { documentId: '', update: false })).toEqual({
      ok: true,
      data: { kind: 'imported', result },
    })
    const queued = json({ jobId: 'j1', status: 'queued' }, 202)
    expect(await fakeFetch(() => queued).api.importFile(FILE, { documentId: '', update: false })).toEqual({
      ok: true,
      data: { kind: 'queued', jobId: 'j1' },
    })
  })

  test('a TMX import into the memory answers its counts, those already in the memory included', async () => {
    const pair = { srcLang: 'en', tgtLang: 'ru' }
    const result = { units: 3, added: 0, updated: 1, unchanged: 2 }
    expect(await fakeFetch(() => json(result, 201)).api.importTmx(FILE, pair)).toEqual({
      ok: true,
      data: { kind: 'imported', result },
    })
    const job = { id: 'j1', status: 'done', processed: 9, total: 9, result, error: null }
    expect(await fakeFetch(() => json(job)).api.getTmImportJob('j1')).toMatchObject({ ok: true, data: { result } })
    // A job finished before the count existed reads as none unchanged, not as a count the form cannot show.
    const older = { ...job, result: { units: 3, added: 0, updated: 1 } }
    expect(await fakeFetch(() => json(older)).api.getTmImportJob('j1')).toMatchObject({
      ok: true,
      data: { result: { units: 3, added: 0, updated: 1, unchanged: 0 } },
    })
  })

  test('an error answers its code, status and params, without the server message', async () => {
    const body = { error: { code: 'segment.conflict', message: 'Changed by someone else', current: SEGMENT } }
    const result = await fakeFetch(() => json(body, 409)).api.saveSegment('s1', { doc: DOC, version: 1 })
    expect(result).toEqual({
      ok: false,
      error: { code: 'segment.conflict', status: 409, params: { current: SEGMENT } },
    })
    expect(!result.ok && conflictOf(result.error)).toEqual(SEGMENT)
  })

  test('conflictOf and problemsOf accept only the shapes they name', () => {
    expect(conflictOf({ code: 'segment.conflict', params: { current: { id: 's1' } } })).toBeNull()
    expect(conflictOf({ code: 'segment.notFound', params: { current: SEGMENT } })).toBeNull()
    const problem = { line: 3, column: 1, severity: 'error', code: 'tmx.noBody', message: 'm', params: {} }
    expect(problemsOf({ code: 'import.invalidFile', params: { problems: [problem, { line: 'x' }] } })).toEqual([
      problem,
    ])
    expect(problemsOf({ code: 'import.tooLarge', params: { maxBytes: 5 } })).toBeNull()
  })

  test('an answer that is not JSON, or not the expected shape, is a generic error with its status', async () => {
    const { api } = fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }))
    expect(await api.getTranslation('d1', 'ru')).toEqual({
      ok: false,
      error: { code: 'generic', params: {}, status: 502 },
    })
    const wrong = await fakeFetch(() => json({ rows: 'no' })).api.getAlignment('d1', 'ru')
    expect(wrong).toEqual({ ok: false, error: { code: 'generic', params: {}, status: 200 } })
    const notJson = await fakeFetch(() => new Response('{', { status: 200 })).api.createTranslation('d1', 'ru')
    expect(notJson).toEqual({ ok: false, error: { code: 'generic', params: {}, status: 200 } })
  })

  test('a network failure answers `network`', async () => {
    const { api } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const network = { ok: false, error: { code: 'network', params: {} } }
    expect(await api.saveSegment('s1', { doc: DOC, version: 1 })).toEqual(network)
    expect(await api.checkFile(FILE)).toEqual(network)
    expect(await api.listImportJobs()).toEqual(network)
    expect(
      await api.importTranslationText('d1', { lang: 'ru', text: 'x', replace: false, file: null }, () => {}),
    ).toEqual(network)
  })

  test('import jobs: a result without a document and a job of unknown shape are dropped, errors keep their params', async () => {
    const job = {
      id: 'j1',
      kind: 'tmx',
      status: 'done',
      processed: 2,
      total: 2,
      fileName: 'a.tmx',
      createdAt: 'c',
      updatedAt: 'u',
    }
    const body = {
      jobs: [
        { ...job, result: { documentId: 'd1', title: 'T', languages: ['ru'], links: 3 }, error: null },
        { ...job, id: 'j2', result: { title: 'no document' }, error: null },
        {
          ...job,
          id: 'j3',
          status: 'failed',
          result: null,
          error: { code: 'import.tooLarge', message: 'm', maxBytes: 9 },
        },
        { ...job, id: 'j4', status: 'failed', result: null, error: 'boom' },
        'junk',
      ],
    }
    const result = await fakeFetch(() => json(body)).api.listImportJobs()
    expect(result.ok && result.data.map((j) => [j.id, j.result, j.error])).toEqual([
      ['j1', { documentId: 'd1', title: 'T', languages: ['ru'] }, null],
      ['j2', null, null],
      ['j3', null, { code: 'import.tooLarge', params: { maxBytes: 9 } }],
      ['j4', null, { code: 'generic', params: {} }],
    ])
  })
})

describe('createApiClient: the translation import stream', () => {
  const input = { lang: 'ru', text: 'Привет.', replace: true, file: null }

  test('reports each progress line, split anywhere, and answers the result', async () => {
    const result = { id: 't1', lang: 'ru', linkCount: 2, types: { '1:1': 2 } }
    const line = `{"progress":0.25}\n{"progress":0.5}\n{"result":${JSON.stringify(result)},"status":201}\n`
    const seen: number[] = []
    const { api, calls } = fakeFetch(() => ndjson([line.slice(0, 7), line.slice(7, 30), line.slice(30)]))
    expect(await api.importTranslationText('d1', input, (f) => seen.push(f))).toEqual({ ok: true, data: result })
    expect(seen).toEqual([0.25, 0.5])
    const form = calls[0]?.init?.body as FormData
    expect([...form.entries()]).toEqual([
      ['lang', 'ru'],
      ['text', 'Привет.'],
      ['replace', 'true'],
    ])
    expect(calls[0]?.init?.headers).toEqual({ accept: 'application/x-ndjson' })
  })

  test('an error line answers its code, params and status', async () => {
    const { api } = fakeFetch(() =>
      ndjson(['{"progress":0.1}\n{"error":{"code":"translation.exists","message":"m","lang":"ru"},"status":409}\n']),
    )
    expect(await api.importTranslationText('d1', input, () => {})).toEqual({
      ok: false,
      error: { code: 'translation.exists', params: { lang: 'ru' }, status: 409 },
    })
  })

  test('a stream that ends before its result is a network failure; a result of another shape is generic', async () => {
    expect(
      await fakeFetch(() => ndjson(['{"progress":0.1}\n{"pro'])).api.importTranslationText('d1', input, () => {}),
    ).toEqual({ ok: false, error: { code: 'network', params: {} } })
    expect(
      await fakeFetch(() => ndjson(['{"result":{"id":1}}\n'])).api.importTranslationText('d1', input, () => {}),
    ).toEqual({ ok: false, error: { code: 'generic', params: {} } })
  })

  test('a refusal before the stream starts answers its error', async () => {
    const refused = () => json({ error: { code: 'language.invalid', message: 'm', lang: 'x' } }, 400)
    expect(await fakeFetch(refused).api.importTranslationText('d1', input, () => {})).toEqual({
      ok: false,
      error: { code: 'language.invalid', params: { lang: 'x' }, status: 400 },
    })
  })
})

describe('createApiClient: people', () => {
  test('assignment, progress, activity and work URLs keep ids and languages inside their segment or query', async () => {
    const { api, calls } = fakeFetch(() => json({ assignments: [], translator: [], reviewer: [], languages: [] }))
    await api.listAssignments(ID)
    await api.setAssignment(ID, { lang: 'ru', role: 'reviewer', userId: 'u1' })
    await api.listAssignableUsers(ID, LANG)
    await api.getPeopleProgress(ID)
    await api.listActivity(ID, 20)
    await api.getMyWork('all')
    expect(calls.map((c) => reached(c.url))).toEqual([
      { origin: ORIGIN, segments: ['api', 'documents', ID, 'assignments'], query: {}, hash: '' },
      { origin: ORIGIN, segments: ['api', 'documents', ID, 'assignments'], query: {}, hash: '' },
      { origin: ORIGIN, segments: ['api', 'documents', ID, 'assignable'], query: { lang: LANG }, hash: '' },
      { origin: ORIGIN, segments: ['api', 'documents', ID, 'progress'], query: {}, hash: '' },
      { origin: ORIGIN, segments: ['api', 'documents', ID, 'activity'], query: { limit: '20' }, hash: '' },
      { origin: ORIGIN, segments: ['api', 'me', 'work'], query: { scope: 'all' }, hash: '' },
    ])
    expect(calls[1]?.init).toMatchObject({ method: 'PUT', body: '{"lang":"ru","role":"reviewer","userId":"u1"}' })
  })

  test('a list answers its items; an answer without the list is a generic error', async () => {
    const item = { documentId: 'd1', title: 'T', lang: 'ru', role: 'translator' }
    expect(await fakeFetch(() => json({ work: [item] })).api.getMyWork()).toEqual({ ok: true, data: [item] })
    expect(await fakeFetch(() => json({ items: [] })).api.listActivity('d1')).toEqual({
      ok: false,
      error: { code: 'generic', params: {}, status: 200 },
    })
  })
})

describe('createApiClient: segment history and changes', () => {
  test('revisions, restore and changes reach their routes with every id and language encoded', async () => {
    const { api, calls } = fakeFetch(() => json({}))
    await api.listRevisions(ID)
    await api.restoreRevision(ID, 2, 5)
    await api.listChanges(ID, LANG)
    expect(calls.map((c) => [c.init?.method ?? 'GET', reached(c.url).segments])).toEqual([
      ['GET', ['api', 'segments', ID, 'revisions']],
      ['POST', ['api', 'segments', ID, 'restore']],
      ['GET', ['api', 'documents', ID, 'translations', LANG, 'changes']],
    ])
    expect(JSON.parse(String(calls[1]?.init?.body))).toEqual({ version: 2, currentVersion: 5 })
  })

  test('answers are checked: a history without `truncated`, or changes without a list, are generic errors', async () => {
    const history = { revisions: [], truncated: false }
    expect(await fakeFetch(() => json(history)).api.listRevisions('s1')).toEqual({ ok: true, data: history })
    expect(await fakeFetch(() => json({ revisions: [] })).api.listRevisions('s1')).toMatchObject({
      ok: false,
      error: { code: 'generic' },
    })
    const change = { segmentId: 's1', baseVersion: 3, baseKind: 'approved', diff: [{ kind: 'added', text: 'a' }] }
    expect(await fakeFetch(() => json({ changes: [change] })).api.listChanges('d1', 'ru')).toEqual({
      ok: true,
      data: [change],
    })
    expect(await fakeFetch(() => json({})).api.listChanges('d1', 'ru')).toMatchObject({ ok: false })
  })

  test('a stale restore carries the current segment for the conflict dialog', async () => {
    const conflict = () => json({ error: { code: 'segment.conflict', message: 'm', current: SEGMENT } }, 409)
    const result = await fakeFetch(conflict).api.restoreRevision('s1', 2, 1)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(conflictOf(result.error)).toMatchObject({ id: 's1', version: 3 })
  })
})
