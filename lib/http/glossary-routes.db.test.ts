import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createApiToken } from '../auth/api-tokens'
import type { Role } from '../auth/permissions'
import type { Db } from '../db/client'
import { createGlossaryTerm, writeGlossaryTerms } from '../db/glossary'
import { createTestActor } from '../db/test/factories'
import { testBackends } from '../db/test/test-databases'
import { readGlossaryCsv } from '../glossary/read-glossary-csv'
import { GLOSSARY_EXPORT_BATCH } from '../server/glossary/export-glossary'
import { glossaryRoutes } from './glossary-routes'
import { createRoute, type RouteHandler } from './route'

const noSessions = () => {
  throw new Error('these tests sign in with tokens')
}

type Call = {
  token: string
  params?: Record<string, string>
  body?: unknown
  method?: string
  query?: string
  raw?: string | Uint8Array<ArrayBuffer>
}

async function call(handler: RouteHandler, { token, params = {}, body, method, query = '', raw }: Call) {
  const headers: Record<string, string> = { 'accept-language': 'en', authorization: `Bearer ${token}` }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const request = new Request(`http://localhost/api/glossary/x${query}`, {
    method: method ?? (body === undefined && raw === undefined ? 'GET' : 'POST'),
    headers,
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  const response = await handler(request, { params: Promise.resolve(params) })
  const text = await response.text()
  const type = response.headers.get('content-type') ?? ''
  return { status: response.status, type, text, body: (type.includes('json') && text ? JSON.parse(text) : null) as any } // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function tokenFor(db: Db, role: Role, langs: string[] = []) {
  const actor = await createTestActor(db, { role, langs })
  return (await createApiToken(db, actor.id, 'test')).token
}

describe.each(testBackends())('glossary routes on $name', ({ open }) => {
  let db: Db
  let routes: ReturnType<typeof glossaryRoutes>
  let admin: string
  let ruTranslator: string
  let koTranslator: string
  // Each run works in its own pair, so runs against one PostgreSQL database never meet.
  const src = 'en'
  const tgt = `ru-x-${Math.random().toString(36).slice(2, 8)}`
  const pair = `?srcLang=${src}&tgtLang=${tgt}`

  beforeAll(async () => {
    db = await open()
    routes = glossaryRoutes(createRoute({ getDb: () => db, getAuth: noSessions }))
    admin = await tokenFor(db, 'admin')
    ruTranslator = await tokenFor(db, 'translator', [tgt])
    koTranslator = await tokenFor(db, 'translator', ['ko'])
  })
  afterAll(async () => db.$disconnect())

  test('a translator of the target language adds, lists, searches, edits and deletes a term', async () => {
    const added = await call(routes.terms.POST, {
      token: ruTranslator,
      body: {
        srcLang: src,
        tgtLang: tgt,
        sourceTerm: '  Contract ',
        targetTerm: 'договор',
        partOfSpeech: 'noun',
        forbidden: ['контракт'],
      },
    })
    expect(added.status).toBe(201)
    expect(added.body).toMatchObject({
      sourceTerm: 'Contract',
      targetTerm: 'договор',
      forbidden: ['контракт'],
      version: 1,
    })
    const id = added.body.id as string

    const dup = { srcLang: src, tgtLang: tgt, sourceTerm: 'contract', targetTerm: 'ДОГОВОР' }
    expect((await call(routes.terms.POST, { token: admin, body: dup })).body.error.code).toBe('glossary.termExists')

    const listed = await call(routes.terms.GET, { token: koTranslator, query: `${pair}&q=ONTR` })
    expect(listed.body.terms.map((t: { id: string }) => t.id)).toEqual([id])
    expect((await call(routes.terms.GET, { token: koTranslator, query: `${pair}&q=nothing` })).body.terms).toEqual([])
    // The search is literal: % and _ are characters, not wildcards that list every term.
    for (const q of ['%25', '_', 'C_ntract', '%5C'])
      expect((await call(routes.terms.GET, { token: koTranslator, query: `${pair}&q=${q}` })).body.terms).toEqual([])

    const patch = { sourceTerm: 'contract', targetTerm: 'договор', note: 'Legal', forbidden: [], version: 1 }
    const edited = await call(routes.term.PATCH, { token: ruTranslator, params: { id }, body: patch, method: 'PATCH' })
    expect(edited.body).toMatchObject({ sourceTerm: 'contract', note: 'Legal', forbidden: [], version: 2 })
    const stale = await call(routes.term.PATCH, { token: ruTranslator, params: { id }, body: patch, method: 'PATCH' })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ code: 'glossary.conflict', current: { version: 2 } })

    expect((await call(routes.term.DELETE, { token: ruTranslator, params: { id }, method: 'DELETE' })).status).toBe(204)
    const gone = await call(routes.term.DELETE, { token: admin, params: { id }, method: 'DELETE' })
    expect(gone.body.error.code).toBe('glossary.termNotFound')
  })

  test('a translator of another language may read but not change the pair', async () => {
    const body = { srcLang: src, tgtLang: tgt, sourceTerm: 'x', targetTerm: 'y' }
    expect((await call(routes.terms.POST, { token: koTranslator, body })).status).toBe(403)
    const made = await call(routes.terms.POST, { token: admin, body })
    const del = await call(routes.term.DELETE, { token: koTranslator, params: { id: made.body.id }, method: 'DELETE' })
    expect(del.status).toBe(403)
    const imported = await call(routes.import.POST, {
      token: koTranslator,
      query: `${pair}&format=csv`,
      raw: 'source,target\na,b\n',
    })
    expect(imported.status).toBe(403)
  })

  test('a term without a target, or a pair of one language, is refused with its reason', async () => {
    const empty = await call(routes.terms.POST, {
      token: admin,
      body: { srcLang: src, tgtLang: tgt, sourceTerm: 'a', targetTerm: ' ' },
    })
    expect(empty.body.error).toMatchObject({ code: 'glossary.invalidTerm', reason: 'emptyTarget' })
    const same = await call(routes.terms.POST, {
      token: admin,
      body: { srcLang: 'en', tgtLang: 'EN', sourceTerm: 'a', targetTerm: 'b' },
    })
    expect(same.status).toBe(400)
  })

  test('CSV import adds, updates and skips with reasons; the export reads back the same terms; matches find inflected forms', async () => {
    const p = `?srcLang=de&tgtLang=${tgt}`
    const csv =
      'source,target,partOfSpeech,note\nVertrag,договор,noun,\nHaus,дом,,\nVertrag,договор,noun,again\n,пусто,,\nBaum,дерево,xyz,\n'
    const first = await call(routes.import.POST, { token: ruTranslator, query: `${p}&fileName=g.csv`, raw: csv })
    expect(first.body).toEqual({
      format: 'csv',
      added: 2,
      updated: 0,
      unchanged: 0,
      skipped: [
        { at: 4, reason: 'duplicate', sourceTerm: 'Vertrag' },
        { at: 5, reason: 'emptySource', sourceTerm: '' },
        { at: 6, reason: 'partOfSpeech', sourceTerm: 'Baum' },
      ],
    })
    const second = await call(routes.import.POST, {
      token: ruTranslator,
      query: `${p}&format=csv`,
      raw: 'source,target,note\nvertrag,Договор,new note\nHaus,дом,\n',
    })
    expect(second.body).toMatchObject({ added: 0, updated: 1, unchanged: 1, skipped: [] })

    const tbx = await call(routes.export.GET, { token: koTranslator, query: `${p}&format=tbx` })
    expect(tbx.type).toContain('tbx')
    const reimport = await call(routes.import.POST, { token: admin, query: `${p}&fileName=g.tbx`, raw: tbx.text })
    expect(reimport.body).toEqual({ format: 'tbx', added: 0, updated: 0, unchanged: 2, skipped: [] })
    const csvOut = await call(routes.export.GET, { token: admin, query: `${p}&format=csv` })
    expect(csvOut.text.split('\r\n').slice(1, 3)).toEqual(['Haus,дом,,,,', 'vertrag,Договор,,,new note,'])

    const text = 'Die Verträge für das Haus.'
    const matches = await call(routes.matches.GET, {
      token: koTranslator,
      query: `${p}&text=${encodeURIComponent(text)}`,
    })
    expect(
      matches.body.matches.map((m: { start: number; end: number; targetTerm: string }) => [
        text.slice(m.start, m.end),
        m.targetTerm,
      ]),
    ).toEqual([
      ['Verträge', 'Договор'],
      ['Haus', 'дом'],
    ])
    const pairs = await call(routes.pairs.GET, { token: koTranslator })
    expect(pairs.body.pairs).toContainEqual({ srcLang: 'de', tgtLang: tgt, terms: 2 })
  })

  test('a large import adds and then updates every term, past one statement of 500, keeping every field', async () => {
    // A pair of its own: the other tests write en → tgt.
    const p = `?srcLang=fr&tgtLang=${tgt}`
    const rows = (note: string) =>
      'source,target,partOfSpeech,definition,note,forbidden\n' +
      Array.from(
        { length: 620 },
        (_, i) => `term ${i},термин ${i},noun,Def ${i},${note} ${i},плохо ${i};худо ${i}`,
      ).join('\n')
    const first = await call(routes.import.POST, { token: admin, query: `${p}&fileName=big.csv`, raw: rows('first') })
    expect(first.body).toEqual({ format: 'csv', added: 620, updated: 0, unchanged: 0, skipped: [] })
    const second = await call(routes.import.POST, { token: admin, query: `${p}&fileName=big.csv`, raw: rows('second') })
    expect(second.body).toEqual({ format: 'csv', added: 0, updated: 620, unchanged: 0, skipped: [] })
    const stored = await db.glossaryTerm.findMany({ where: { srcLang: 'fr', tgtLang: tgt } })
    expect(stored).toHaveLength(620)
    expect(new Set(stored.map((t) => t.id)).size).toBe(620)
    for (const term of stored) {
      const i = Number(term.sourceTerm.slice('term '.length))
      expect(term).toMatchObject({
        targetTerm: `термин ${i}`,
        sourceKey: `term ${i}`,
        targetKey: `термин ${i}`,
        partOfSpeech: 'noun',
        definition: `Def ${i}`,
        note: `second ${i}`,
        forbidden: [`плохо ${i}`, `худо ${i}`],
        version: 2,
      })
      expect(term.updatedAt.getTime()).toBeGreaterThanOrEqual(term.createdAt.getTime())
    }
  })

  test('the terms come a page at a time, forward and back, with the total; a search pages across all terms', async () => {
    const p = `?srcLang=es&tgtLang=${tgt}`
    const csv =
      'source,target\n' + Array.from({ length: 250 }, (_, i) => `t${String(i).padStart(3, '0')},т${i}`).join('\n')
    expect((await call(routes.import.POST, { token: admin, query: `${p}&format=csv`, raw: csv })).body.added).toBe(250)
    const sources = (body: { terms: Array<{ sourceTerm: string }> }) => body.terms.map((t) => t.sourceTerm)
    const range = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => `t${String(from + i).padStart(3, '0')}`)

    const first = (await call(routes.terms.GET, { token: koTranslator, query: p })).body
    expect(sources(first)).toEqual(range(0, 50))
    expect(first).toMatchObject({ total: 250, previous: null })
    const second = (await call(routes.terms.GET, { token: koTranslator, query: `${p}&limit=100&after=${first.next}` }))
      .body
    expect(sources(second)).toEqual(range(50, 150))
    const back = (
      await call(routes.terms.GET, { token: koTranslator, query: `${p}&limit=20&before=${second.previous}` })
    ).body
    expect(sources(back)).toEqual(range(30, 50))
    const last = (await call(routes.terms.GET, { token: koTranslator, query: `${p}&limit=200&after=${second.next}` }))
      .body
    expect(sources(last)).toEqual(range(150, 250))
    expect(last).toMatchObject({ total: 250, next: null })

    const searched = (await call(routes.terms.GET, { token: koTranslator, query: `${p}&q=t24&limit=5` })).body
    expect(sources(searched)).toEqual(range(240, 245))
    expect(searched).toMatchObject({ total: 10, previous: null })
    const rest = (
      await call(routes.terms.GET, { token: koTranslator, query: `${p}&q=t24&limit=5&after=${searched.next}` })
    ).body
    expect(sources(rest)).toEqual(range(245, 250))
    expect(rest.next).toBeNull()

    for (const bad of ['limit=0', 'limit=201', 'after=nonsense', `after=${first.next}&before=${first.next}`])
      expect((await call(routes.terms.GET, { token: koTranslator, query: `${p}&${bad}` })).status).toBe(400)
  })

  test('matches follow edits: a term added after a lookup is found by the next one', async () => {
    const p = `?srcLang=fr&tgtLang=${tgt}`
    const text = 'Les ordinateurs portables'
    const q = `${p}&text=${encodeURIComponent(text)}`
    expect((await call(routes.matches.GET, { token: admin, query: q })).body.matches).toEqual([])
    await call(routes.terms.POST, {
      token: admin,
      body: { srcLang: 'fr', tgtLang: tgt, sourceTerm: 'ordinateur portable', targetTerm: 'ноутбук' },
    })
    const found = (await call(routes.matches.GET, { token: admin, query: q })).body.matches
    expect(found).toMatchObject([{ sourceTerm: 'ordinateur portable', targetTerm: 'ноутбук', start: 4, end: 25 }])
  })

  test('a skipped entry with a huge term is named by its first 100 characters, not echoed whole', async () => {
    const huge = 'x'.repeat(1_000_000)
    const imported = await call(routes.import.POST, {
      token: admin,
      query: `?srcLang=pt&tgtLang=${tgt}&format=csv`,
      raw: `source,target\n${huge},длинный\n`,
    })
    expect(imported.body.skipped).toEqual([{ at: 2, reason: 'tooLong', sourceTerm: `${'x'.repeat(100)}…` }])
  })

  test('a broken file changes nothing and says why', async () => {
    const p = `?srcLang=it&tgtLang=${tgt}`
    const csv = await call(routes.import.POST, {
      token: admin,
      query: `${p}&format=csv`,
      raw: 'term,translation\na,b\n',
    })
    expect(csv.body.error).toMatchObject({ code: 'glossary.invalidFile', reason: 'noHeader' })
    const latin1 = await call(routes.import.POST, {
      token: admin,
      query: `${p}&format=csv`,
      raw: new Uint8Array([
        0x73, 0x6f, 0x75, 0x72, 0x63, 0x65, 0x2c, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x0a, 0x63, 0x61, 0x66, 0xe9,
        0x2c, 0x78, 0x0a,
      ]),
    })
    expect(latin1.body.error).toMatchObject({ code: 'glossary.invalidFile', reason: 'encoding' })
    const xml = await call(routes.import.POST, {
      token: admin,
      query: `${p}&format=tbx`,
      raw: '<martif><text><body><termEntry>',
    })
    expect(xml.body.error.code).toBe('import.invalidFile')
    expect((await call(routes.terms.GET, { token: admin, query: p })).body.terms).toEqual([])
  })

  test('the export reads the terms a batch at a time as the file is sent: a term added after the first batch is in it', async () => {
    const streamed = { srcLang: 'sv', tgtLang: tgt }
    const fields = { partOfSpeech: '' as const, definition: '', note: '', forbidden: [] }
    const added = Array.from({ length: GLOSSARY_EXPORT_BATCH + 1 }, (_, i) => ({
      ...fields,
      sourceTerm: `mot ${String(i).padStart(5, '0')}`,
      targetTerm: `слово ${i}`,
    }))
    await writeGlossaryTerms(db, streamed, { added, updated: [] })
    const url = `http://localhost/api/glossary/export?${new URLSearchParams({ ...streamed, format: 'csv' })}`
    const request = new Request(url, {
      headers: { authorization: `Bearer ${admin}` },
    })
    const response = await routes.export.GET(request, { params: Promise.resolve({}) })
    expect(response.status).toBe(200)
    const reader = response.body!.getReader()
    const decoder = new TextDecoder()
    let text = ''
    const first = await reader.read()
    text += decoder.decode(first.value, { stream: true })
    // Sorts after every term above, so it falls in a batch read only when the reader gets that far.
    await createGlossaryTerm(db, streamed, { ...fields, sourceTerm: 'zz dernier', targetTerm: 'последнее' })
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      text += decoder.decode(chunk.value, { stream: true })
    const sources = readGlossaryCsv(text).rows.map((row) => ('term' in row ? row.term.sourceTerm : row.problem))
    expect(sources).toEqual([...added.map((term) => term.sourceTerm), 'zz dernier'])
  })
})
