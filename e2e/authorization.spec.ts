import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './fixtures'
import { storageStateOf } from './auth-state'

/**
 * The authorization table: every API route and every page, called as nobody, as a translator of another
 * language (Korean), as the Russian translator, the Russian reviewer and the admin, on a Russian
 * translation. `ok` means the call got past authorization (not 401/403, no server error). A route or
 * page missing from the table fails the test.
 */
type Persona = 'anonymous' | 'otherLang' | 'translator' | 'reviewer' | 'admin'
const PERSONAS: Persona[] = ['anonymous', 'otherLang', 'translator', 'reviewer', 'admin']
type Expect = number | 'ok' | 'signIn'
type Fixture = {
  documentId: string
  segmentId: string
  linkId: string
  commentId: string
  termId: string
  fresh: () => Promise<string>
}
type Call = {
  path: string
  data?: unknown
  multipart?: Record<string, { name: string; mimeType: string; buffer: Buffer }>
}
type Row = { call: (f: Fixture) => Call | Promise<Call>; expect: Record<Persona, Expect> }

const all = (status: Expect): Record<Persona, Expect> => ({
  anonymous: 401,
  otherLang: status,
  translator: status,
  reviewer: status,
  admin: status,
})
const adminOnly = (ok: Expect = 'ok') => ({ ...all(403), admin: ok })
const ruEditors = { ...all('ok'), otherLang: 403 as Expect }
const ruReviewers = { ...ruEditors, translator: 403 as Expect }
const tmx = {
  name: 'x.tmx',
  mimeType: 'application/xml',
  buffer: Buffer.from('<tmx version="1.4"><body></body></tmx>'),
}

const glossaryCsv = { name: 'g.csv', mimeType: 'text/csv', buffer: Buffer.from('source,target\n,empty\n') }

const API: Record<string, Row> = {
  'GET /api/health': { call: () => ({ path: '/api/health' }), expect: { ...all(200), anonymous: 200 } },
  'GET /api/ready': { call: () => ({ path: '/api/ready' }), expect: { ...all(200), anonymous: 200 } },
  'GET /api/documents': { call: () => ({ path: '/api/documents' }), expect: all(200) },
  'POST /api/documents': {
    call: () => ({ path: '/api/documents', data: { title: `Table ${Date.now()}`, sourceLang: 'en', text: 'One.' } }),
    expect: adminOnly(201),
  },
  'POST /api/articles/preview': { call: () => ({ path: '/api/articles/preview', data: {} }), expect: adminOnly() },
  'GET /api/documents/:id': { call: (f) => ({ path: `/api/documents/${f.documentId}` }), expect: all(200) },
  'DELETE /api/documents/:id': {
    call: async (f) => ({ path: `/api/documents/${await f.fresh()}` }),
    expect: adminOnly(),
  },
  'POST /api/documents/:id/translations': {
    call: async (f) => ({ path: `/api/documents/${await f.fresh()}/translations`, data: { lang: 'de' } }),
    expect: adminOnly(201),
  },
  'GET /api/documents/:id/export': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/export?format=json&langs=ru` }),
    expect: all(200),
  },
  'GET /api/documents/:id/translations/:lang': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/translations/ru` }),
    expect: all(200),
  },
  'DELETE /api/documents/:id/translations/:lang': {
    call: async (f) => ({ path: `/api/documents/${await f.fresh()}/translations/ru` }),
    expect: { ...ruEditors, reviewer: 403 },
  },
  'POST /api/documents/:id/translations/:lang/approve': {
    call: (f) => ({
      path: `/api/documents/${f.documentId}/translations/ru/approve`,
      data: { segmentIds: [f.segmentId], versions: { [f.segmentId]: 999 } },
    }),
    expect: ruReviewers,
  },
  'GET /api/documents/:id/translations/:lang/links': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/translations/ru/links` }),
    expect: all(200),
  },
  'POST /api/documents/:id/translations/:lang/links': {
    call: (f) => ({
      path: `/api/documents/${f.documentId}/translations/ru/links`,
      data: { op: 'confirm', version: -1 },
    }),
    expect: ruEditors,
  },
  'GET /api/documents/:id/translations/:lang/links/:linkId/sentences': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/translations/ru/links/${f.linkId}/sentences` }),
    expect: all(200),
  },
  'POST /api/documents/:id/translations/:lang/links/:linkId/sentences': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/translations/ru/links/${f.linkId}/sentences`, data: {} }),
    expect: ruEditors,
  },
  'PATCH /api/segments/:id': {
    // Approving an empty segment: reviewers get past authorization (422 transitionRefused), translators 403.
    call: (f) => ({ path: `/api/segments/${f.segmentId}`, data: { status: 'approved', version: 1 } }),
    expect: ruReviewers,
  },
  'GET /api/documents/:id/assignments': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/assignments` }),
    expect: all(200),
  },
  'PUT /api/documents/:id/assignments': {
    call: (f) => ({
      path: `/api/documents/${f.documentId}/assignments`,
      data: { lang: 'ru', role: 'translator', userId: null },
    }),
    expect: adminOnly(200),
  },
  'GET /api/documents/:id/assignable': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/assignable?lang=ru` }),
    expect: adminOnly(200),
  },
  'GET /api/documents/:id/progress': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/progress` }),
    expect: all(200),
  },
  'GET /api/documents/:id/activity': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/activity?limit=5` }),
    expect: all(200),
  },
  'GET /api/me/work': { call: () => ({ path: '/api/me/work' }), expect: all(200) },
  'GET /api/segments/:id/revisions': {
    call: (f) => ({ path: `/api/segments/${f.segmentId}/revisions` }),
    expect: all(200),
  },
  'POST /api/segments/:id/restore': {
    // A version the segment never had: allowed callers get 404 revision.notFound, nothing is written.
    call: (f) => ({ path: `/api/segments/${f.segmentId}/restore`, data: { version: 999, currentVersion: 1 } }),
    expect: ruEditors,
  },
  'GET /api/documents/:id/translations/:lang/changes': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/translations/ru/changes` }),
    expect: all(200),
  },
  'POST /api/documents/:id/translations/:lang/pretranslate': {
    call: async (f) => ({ path: `/api/documents/${await f.fresh()}/translations/ru/pretranslate`, data: {} }),
    expect: ruEditors,
  },
  'GET /api/documents/:id/translations/:lang/qa': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/translations/ru/qa` }),
    expect: all(200),
  },
  'GET /api/segments/:id/qa-ignores': {
    call: (f) => ({ path: `/api/segments/${f.segmentId}/qa-ignores` }),
    expect: all(200),
  },
  'POST /api/segments/:id/qa-ignores': {
    call: (f) => ({
      path: `/api/segments/${f.segmentId}/qa-ignores`,
      data: { check: 'numbers', reason: 'Table', text: '' },
    }),
    expect: { ...ruEditors, translator: 201, reviewer: 201, admin: 201 },
  },
  'DELETE /api/segments/:id/qa-ignores': {
    call: (f) => ({ path: `/api/segments/${f.segmentId}/qa-ignores?check=numbers` }),
    expect: { ...ruEditors, translator: 200, reviewer: 200, admin: 200 },
  },
  'GET /api/segments/:id/comments': {
    call: (f) => ({ path: `/api/segments/${f.segmentId}/comments` }),
    expect: all(200),
  },
  'POST /api/segments/:id/comments': {
    call: (f) => ({ path: `/api/segments/${f.segmentId}/comments`, data: { body: 'Table' } }),
    expect: ruEditors,
  },
  'PATCH /api/comments/:id': {
    call: (f) => ({ path: `/api/comments/${f.commentId}`, data: { resolved: false } }),
    expect: ruEditors,
  },
  // A language the document does not have: the stream never opens, so the call answers at once (404 translation.notFound).
  'GET /api/documents/:id/translations/:lang/events': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/translations/de/events` }),
    expect: all(404),
  },
  // Saying one holds a segment needs the right to edit the language (403 for a translator of another one);
  // for those who may, no events stream has that id: 404 presence.notFound.
  'POST /api/documents/:id/translations/:lang/presence': {
    call: (f) => ({
      path: `/api/documents/${f.documentId}/translations/ru/presence`,
      data: { clientId: 'no-such-stream', segmentId: null },
    }),
    expect: { ...all(404), otherLang: 403 },
  },
  'GET /api/documents/:id/translations/:lang/comments': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/translations/ru/comments?open=1` }),
    expect: all(200),
  },
  'GET /api/documents/:id/quality': {
    call: (f) => ({ path: `/api/documents/${f.documentId}/quality` }),
    expect: all(200),
  },
  'GET /api/tm/matches': {
    call: () => ({ path: '/api/tm/matches?srcLang=en&tgtLang=ru&text=One.' }),
    expect: all(200),
  },
  'POST /api/tm/matches': {
    call: () => ({ path: '/api/tm/matches', data: { srcLang: 'en', tgtLang: 'ru', text: 'One.' } }),
    expect: all(200),
  },
  'GET /api/tm/concordance': {
    call: () => ({ path: '/api/tm/concordance?srcLang=en&tgtLang=ru&q=one' }),
    expect: all(200),
  },
  'GET /api/tm/pairs': { call: () => ({ path: '/api/tm/pairs' }), expect: all(200) },
  'GET /api/tm/export': { call: () => ({ path: '/api/tm/export?srcLang=en&tgtLang=ru' }), expect: all(200) },
  'POST /api/tm/import': {
    call: () => ({ path: '/api/tm/import?srcLang=en&tgtLang=ru', multipart: { file: tmx } }),
    expect: adminOnly(),
  },
  'GET /api/imports': { call: () => ({ path: '/api/imports' }), expect: all(200) },
  'POST /api/imports': { call: () => ({ path: '/api/imports', multipart: { file: tmx } }), expect: adminOnly() },
  'GET /api/imports/:jobId': { call: () => ({ path: '/api/imports/no-such-job' }), expect: all(404) },
  'DELETE /api/imports/:jobId': { call: () => ({ path: '/api/imports/no-such-job' }), expect: all(404) },
  // No languages and no zips: allowed callers get 400 (language.invalid), nothing is queued.
  'POST /api/folder-imports': {
    call: () => ({ path: '/api/folder-imports', multipart: { files: tmx } }),
    expect: adminOnly(400),
  },
  'POST /api/check': { call: () => ({ path: '/api/check', multipart: { file: tmx } }), expect: all('ok') },
  'GET /api/me': { call: () => ({ path: '/api/me' }), expect: all(200) },
  'GET /api/me/tokens': { call: () => ({ path: '/api/me/tokens' }), expect: all(200) },
  'POST /api/me/tokens': { call: () => ({ path: '/api/me/tokens', data: { label: 'table' } }), expect: all(201) },
  // Someone else's token, or none: 404 for everyone signed in.
  'DELETE /api/me/tokens/:id': { call: () => ({ path: '/api/me/tokens/no-such-token' }), expect: all(404) },
  // The glossary: anyone reads; changing the en→ru pair needs Russian (other languages 403).
  'GET /api/glossary': { call: () => ({ path: '/api/glossary' }), expect: all(200) },
  'GET /api/glossary/terms': { call: () => ({ path: '/api/glossary/terms?srcLang=en&tgtLang=ru' }), expect: all(200) },
  'POST /api/glossary/terms': {
    // An empty target: allowed callers get 400 glossary.invalidTerm, nothing is stored.
    call: () => ({
      path: '/api/glossary/terms',
      data: { srcLang: 'en', tgtLang: 'ru', sourceTerm: 'x', targetTerm: '' },
    }),
    expect: ruEditors,
  },
  'PATCH /api/glossary/terms/:id': {
    call: (f) => ({
      path: `/api/glossary/terms/${f.termId}`,
      data: { sourceTerm: 'table', targetTerm: 'стол', version: -1 },
    }),
    expect: ruEditors,
  },
  'DELETE /api/glossary/terms/:id': {
    call: () => ({ path: '/api/glossary/terms/no-such-term' }),
    expect: all(404),
  },
  'POST /api/glossary/import': {
    call: () => ({ path: '/api/glossary/import?srcLang=en&tgtLang=ru&format=csv', multipart: { file: glossaryCsv } }),
    expect: ruEditors,
  },
  'GET /api/glossary/export': {
    call: () => ({ path: '/api/glossary/export?srcLang=en&tgtLang=ru&format=tbx' }),
    expect: all(200),
  },
  'GET /api/glossary/matches': {
    call: () => ({ path: '/api/glossary/matches?srcLang=en&tgtLang=ru&text=Tables' }),
    expect: all(200),
  },
  'POST /api/glossary/matches': {
    call: () => ({ path: '/api/glossary/matches', data: { srcLang: 'en', tgtLang: 'ru', text: 'Tables' } }),
    expect: all(200),
  },
  'POST /api/spelling/check': {
    // Japanese has no dictionary: the answer is quick, and the route is still called in full.
    call: () => ({ path: '/api/spelling/check', data: { lang: 'ja', text: 'テスト' } }),
    expect: all(200),
  },
  'GET /api/spelling/dictionary/:lang': { call: () => ({ path: '/api/spelling/dictionary/ru' }), expect: all(200) },
  'POST /api/spelling/dictionary/:lang': {
    call: () => ({ path: '/api/spelling/dictionary/ru', data: { word: 'Параллельщик' } }),
    expect: ruEditors,
  },
  'DELETE /api/spelling/dictionary/:lang': {
    call: () => ({ path: '/api/spelling/dictionary/ru?word=Параллельщик' }),
    expect: ruEditors,
  },
  'GET /api/users': { call: () => ({ path: '/api/users' }), expect: adminOnly(200) },
  'POST /api/users': {
    call: () => ({ path: '/api/users', data: { email: 'not an email', role: 'translator' } }),
    expect: adminOnly(400),
  },
  'PATCH /api/users/:id': {
    call: () => ({ path: '/api/users/no-such-user', data: { name: 'X' } }),
    expect: adminOnly(404),
  },
  'DELETE /api/users/:id': { call: () => ({ path: '/api/users/no-such-user' }), expect: adminOnly(404) },
}

/** Every `METHOD /api/...` the app serves, read from app/api (better-auth's own endpoints aside). */
function apiRoutes(dir = 'app/api'): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) found.push(...apiRoutes(full))
    else if (entry === 'route.ts') {
      const url =
        '/' +
        path
          .dirname(full)
          .replace(/^app\//, '')
          .replace(/\[([^\]]+)\]/g, ':$1')
      if (url.startsWith('/api/auth/')) continue
      for (const [, method] of readFileSync(full, 'utf8').matchAll(
        /export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g,
      ))
        found.push(`${method} ${url}`)
    }
  }
  return found.sort()
}

/** Every page, read from app/. */
function pages(dir = 'app'): string[] {
  const found: string[] = []
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) {
      if (full !== 'app/api') found.push(...pages(full))
    } else if (entry === 'page.tsx')
      found.push(
        '/' +
          path
            .dirname(full)
            .replace(/^app\/?/, '')
            .replace(/\[([^\]]+)\]/g, ':$1'),
      )
  }
  return found.map((p) => (p === '/.' ? '/' : p.replace(/\/$/, '') || '/')).sort()
}

const PAGES: Record<string, { path: (f: Fixture) => string; expect: Record<Persona, Expect> }> = {
  '/': { path: () => '/', expect: { ...all('ok'), anonymous: 'signIn' } },
  '/sign-in': { path: () => '/sign-in', expect: { ...all('ok'), anonymous: 200 } },
  '/sign-up': { path: () => '/sign-up', expect: { ...all(200), anonymous: 200 } },
  '/account': { path: () => '/account', expect: { ...all(200), anonymous: 'signIn' } },
  '/users': { path: () => '/users', expect: { ...adminOnly(200), anonymous: 'signIn' } },
  '/check': { path: () => '/check', expect: { ...all(200), anonymous: 'signIn' } },
  '/glossary': { path: () => '/glossary?srcLang=en&tgtLang=ru', expect: { ...all(200), anonymous: 'signIn' } },
  '/documents': { path: () => '/documents', expect: { ...all(200), anonymous: 'signIn' } },
  '/memory/import': { path: () => '/memory/import', expect: { ...adminOnly(200), anonymous: 'signIn' } },
  '/documents/new': { path: () => '/documents/new', expect: { ...adminOnly(200), anonymous: 'signIn' } },
  '/documents/import-file': {
    path: () => '/documents/import-file',
    expect: { ...adminOnly(200), anonymous: 'signIn' },
  },
  '/documents/import-folder': {
    path: () => '/documents/import-folder',
    expect: { ...adminOnly(200), anonymous: 'signIn' },
  },
  '/documents/:id': { path: (f) => `/documents/${f.documentId}`, expect: { ...all(200), anonymous: 'signIn' } },
  '/documents/:id/translate/:lang': {
    path: (f) => `/documents/${f.documentId}/translate/ru`,
    expect: { ...all(200), anonymous: 'signIn' },
  },
  '/documents/:id/translate/:lang/qa': {
    path: (f) => `/documents/${f.documentId}/translate/ru/qa`,
    expect: { ...all(200), anonymous: 'signIn' },
  },
  '/documents/:id/align/:lang': {
    path: (f) => `/documents/${f.documentId}/align/ru`,
    expect: { ...all(200), anonymous: 'signIn' },
  },
}

test('every API route and page is in the authorization table', () => {
  expect(apiRoutes()).toEqual(Object.keys(API).sort())
  expect(pages()).toEqual(Object.keys(PAGES).sort())
})

test.describe('as each persona', () => {
  const contexts = {} as Record<Persona, APIRequestContext>
  let fixture: Fixture

  test.beforeAll(async ({ playwright, baseURL }) => {
    const open = (storageState?: string) => playwright.request.newContext({ baseURL, storageState })
    contexts.admin = await open(storageStateOf('admin'))
    contexts.translator = await open(storageStateOf('translator'))
    contexts.reviewer = await open(storageStateOf('reviewer'))
    contexts.anonymous = await open()
    // A translator of Korean, made by the admin for this test.
    const email = `translator.ko.${Date.now()}@parallel.local`
    const password = `pw-${Math.random().toString(36).slice(2)}-${Date.now()}`
    const made = await contexts.admin.post('/api/users', {
      data: { email, name: 'Kim Translator', role: 'translator', langs: ['ko'], password },
    })
    expect(made.status()).toBe(201)
    contexts.otherLang = await open()
    expect((await contexts.otherLang.post('/api/auth/sign-in/email', { data: { email, password } })).status()).toBe(200)

    const newDocument = async () => {
      const created = await contexts.admin.post('/api/documents', {
        data: { title: `Authz ${Date.now()} ${Math.random()}`, sourceLang: 'en', text: 'One.\n\nTwo.' },
      })
      const { id } = (await created.json()) as { id: string }
      expect((await contexts.admin.post(`/api/documents/${id}/translations`, { data: { lang: 'ru' } })).status()).toBe(
        201,
      )
      return id
    }
    const documentId = await newDocument()
    const view = (await (await contexts.admin.get(`/api/documents/${documentId}/translations/ru`)).json()) as {
      rows: Array<{ linkId: string; targets: Array<{ id: string }> }>
    }
    const segmentId = view.rows[0]!.targets[0]!.id
    const comment = await contexts.admin.post(`/api/segments/${segmentId}/comments`, { data: { body: 'Table' } })
    expect(comment.status()).toBe(201)
    const { id: commentId } = (await comment.json()) as { id: string }
    const term = await contexts.admin.post('/api/glossary/terms', {
      data: { srcLang: 'en', tgtLang: 'ru', sourceTerm: `table ${Date.now()}`, targetTerm: 'стол' },
    })
    expect(term.status()).toBe(201)
    const { id: termId } = (await term.json()) as { id: string }
    fixture = { documentId, segmentId, linkId: view.rows[0]!.linkId, commentId, termId, fresh: newDocument }
  })

  test.afterAll(async () => {
    for (const context of Object.values(contexts)) await context?.dispose()
  })

  for (const [name, row] of Object.entries(API)) {
    test(`API ${name}`, async () => {
      const [method] = name.split(' ')
      for (const persona of PERSONAS) {
        const { path: url, data, multipart } = await row.call(fixture)
        const response = await contexts[persona].fetch(url, { method, data, multipart, maxRedirects: 0 })
        const status = response.status()
        const wanted = row.expect[persona]
        const where = `${name} as ${persona} answered ${status}: ${(await response.text()).slice(0, 200)}`
        if (wanted === 'ok') expect(status !== 401 && status !== 403 && status < 500, where).toBe(true)
        else expect(status, where).toBe(wanted)
      }
    })
  }

  for (const [name, page] of Object.entries(PAGES)) {
    test(`page ${name}`, async () => {
      for (const persona of PERSONAS) {
        const url = page.path(fixture)
        const response = await contexts[persona].get(url, { maxRedirects: 0 })
        const status = response.status()
        const wanted = page.expect[persona]
        const where = `${name} as ${persona} answered ${status}`
        if (wanted === 'signIn') {
          expect(status, where).toBe(307)
          expect(response.headers().location, where).toContain(`/sign-in?next=${encodeURIComponent(url)}`)
        } else if (wanted === 'ok') expect(status !== 401 && status !== 403 && status < 500, where).toBe(true)
        else expect(status, where).toBe(wanted)
      }
    })
  }
})

test.describe('the document page offers what the person may do', () => {
  let documentId: string

  test.beforeAll(async ({ playwright, baseURL }) => {
    const admin = await playwright.request.newContext({ baseURL, storageState: storageStateOf('admin') })
    const created = await admin.post('/api/documents', {
      data: { title: `Buttons ${Date.now()}`, sourceLang: 'en', text: 'One.\n\nTwo.' },
    })
    documentId = ((await created.json()) as { id: string }).id
    for (const lang of ['ru', 'de'])
      expect((await admin.post(`/api/documents/${documentId}/translations`, { data: { lang } })).status()).toBe(201)
    await admin.dispose()
  })

  const cases: Array<{
    persona: 'admin' | 'translator' | 'reviewer'
    deleteDocument: boolean
    addLanguage: boolean
    deleteLangs: string[]
    pretranslateLangs: string[]
  }> = [
    {
      persona: 'admin',
      deleteDocument: true,
      addLanguage: true,
      deleteLangs: ['de', 'ru'],
      pretranslateLangs: ['de', 'ru'],
    },
    // The demo translator and reviewer work in Russian only.
    {
      persona: 'translator',
      deleteDocument: false,
      addLanguage: false,
      deleteLangs: ['ru'],
      pretranslateLangs: ['ru'],
    },
    { persona: 'reviewer', deleteDocument: false, addLanguage: false, deleteLangs: [], pretranslateLangs: ['ru'] },
  ]
  for (const wanted of cases) {
    test(`as ${wanted.persona}`, async ({ browser }) => {
      const context = await browser.newContext({ storageState: storageStateOf(wanted.persona), locale: 'en-US' })
      const page = await context.newPage()
      // The documents page and the top bar offer importing only to those who may create documents.
      await page.goto('/documents')
      const imports = wanted.deleteDocument ? 1 : 0
      await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible()
      await expect(page.getByRole('banner').getByRole('link', { name: 'Import file' })).toHaveCount(imports)
      // The memory import is an admin's, and only an admin's top bar links to it.
      await expect(page.getByRole('banner').getByRole('link', { name: 'Memory', exact: true })).toHaveCount(
        wanted.persona === 'admin' ? 1 : 0,
      )
      await expect(page.getByRole('main').getByRole('link', { name: 'Import article' })).toHaveCount(imports)
      await expect(
        page.getByRole('main').getByRole('link', { name: 'Import a folder of translated documents' }),
      ).toHaveCount(imports)
      await page.goto(`/documents/${documentId}`)
      await expect(page.getByRole('link', { name: 'Open editor: German' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Delete document' })).toHaveCount(wanted.deleteDocument ? 1 : 0)
      await expect(page.getByRole('button', { name: 'Add language' })).toHaveCount(wanted.addLanguage ? 1 : 0)
      for (const [lang, name] of [
        ['de', 'German'],
        ['ru', 'Russian'],
      ] as const) {
        await expect(page.getByRole('button', { name: `Delete translation: ${name}` })).toHaveCount(
          wanted.deleteLangs.includes(lang) ? 1 : 0,
        )
        await expect(page.getByRole('button', { name: `Pre-translate from memory: ${name}` })).toHaveCount(
          wanted.pretranslateLangs.includes(lang) ? 1 : 0,
        )
      }
      await context.close()
    })
  }
})
