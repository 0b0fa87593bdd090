import type { GlossaryTermPage, GlossaryTermView, LangPair } from '@/lib/db/glossary'
import type { TermMatch } from '@/lib/glossary/term'
import type { ImportGlossaryResult } from '@/lib/server/glossary/import-glossary'
import { apiPaths } from '@/lib/paths'
import { isRecord, readApiError } from './api-error'
import type { ApiResult, Jsonified } from './client'

export type GlossaryTermItem = Jsonified<GlossaryTermView>
/** One page of terms: the total, and cursors for the pages after and before it (null at either end). */
export type GlossaryPageItem = Omit<GlossaryTermPage, 'terms'> & { terms: GlossaryTermItem[] }
/** Which page to ask for: the first, or the one after or before a cursor. */
export type GlossaryPageAt = { after?: string; before?: string }
/** A term pair's fields as the form sends them. */
export type TermInput = {
  sourceTerm: string
  targetTerm: string
  partOfSpeech: string
  definition: string
  note: string
  forbidden: string[]
}
export type { ImportGlossaryResult, TermMatch }
type Fetch = (url: string, init?: RequestInit) => Promise<Response>

// A GET URL past this length goes as a POST (servers refuse very long request lines).
const MAX_GET_URL = 4000

/** The browser's calls to the glossary API (docs/api.md, Glossary); `fetcher` is `fetch`, tests pass a fake. */
export function createGlossaryClient(fetcher: Fetch) {
  async function call<T>(url: string, init: RequestInit, key?: string): Promise<ApiResult<T>> {
    const response = await fetcher(url, { cache: 'no-store', ...init }).catch(() => null)
    if (!response?.ok) return { ok: false, error: await readApiError(response) }
    if (response.status === 204) return { ok: true, data: null as T }
    const body: unknown = await response.json().catch(() => null)
    if (!isRecord(body)) return { ok: false, error: { code: 'generic', params: {}, status: response.status } }
    return { ok: true, data: (key ? body[key] : body) as T }
  }
  const json = (method: string, body: unknown): RequestInit => ({
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    /** `GET /api/glossary`: the pairs that have terms. */
    listPairs: () => call<Array<LangPair & { terms: number }>>(apiPaths.glossaryPairs(), {}, 'pairs'),
    /** `GET /api/glossary/terms`: a page of a pair's terms, optionally searched. */
    listTerms: (pair: LangPair, q = '', at: GlossaryPageAt = {}) =>
      call<GlossaryPageItem>(apiPaths.glossaryTerms(new URLSearchParams({ ...pair, q, ...at })), {}),
    /** `POST /api/glossary/terms` */
    addTerm: (pair: LangPair, term: TermInput) =>
      call<GlossaryTermItem>(apiPaths.glossaryTerms(), json('POST', { ...pair, ...term })),
    /** `PATCH /api/glossary/terms/:id` at the version read. */
    updateTerm: (id: string, term: TermInput, version: number) =>
      call<GlossaryTermItem>(apiPaths.glossaryTerm(id), json('PATCH', { ...term, version })),
    /** `DELETE /api/glossary/terms/:id` */
    deleteTerm: (id: string) => call<null>(apiPaths.glossaryTerm(id), { method: 'DELETE' }),
    /** `POST /api/glossary/import`: a CSV or TBX file. */
    importFile: (pair: LangPair, file: File) => {
      const form = new FormData()
      form.set('file', file)
      return call<ImportGlossaryResult>(apiPaths.glossaryImport(new URLSearchParams(pair)), {
        method: 'POST',
        body: form,
      })
    },
    /** `GET /api/glossary/matches` (or `POST` for a long text): the pair's terms in a source text. */
    findMatches: (pair: LangPair, text: string) => {
      const url = `${apiPaths.glossaryMatches()}?${new URLSearchParams({ ...pair, text })}`
      return url.length <= MAX_GET_URL
        ? call<TermMatch[]>(url, {}, 'matches')
        : call<TermMatch[]>(apiPaths.glossaryMatches(), json('POST', { ...pair, text }), 'matches')
    },
  }
}

/** The glossary client the app uses: the browser's `fetch`, looked up at call time. */
export const glossaryApi = createGlossaryClient((url, init) => fetch(url, init))
