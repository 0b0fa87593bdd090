import { authorize, type Actor } from '../auth/permissions'
import type { Db } from '../db/client'
import {
  createGlossaryTerm,
  deleteGlossaryTerm,
  getGlossaryTerm,
  listGlossaryPairs,
  listGlossaryTermPage,
  updateGlossaryTerm,
} from '../db/glossary'
import { AppError } from '../errors'
import { normalizeTerm, type RawTermFields } from '../glossary/normalize-term'
import type { TermFields } from '../glossary/term'
import { exportGlossary } from '../server/glossary/export-glossary'
import { findGlossaryMatches } from '../server/glossary/find-glossary-matches'
import { glossaryFormatOf, importGlossary } from '../server/glossary/import-glossary'
import {
  CreateTermSchema,
  FileQuerySchema,
  ListTermsQuerySchema,
  MatchesQuerySchema,
  PatchTermSchema,
  TermParams,
} from './glossary-schemas'
import { readGlossaryUpload } from './read-glossary-upload'
import { json } from './respond'
import { streamText } from './stream-text'
import type { createRoute } from './route'

type Route = ReturnType<typeof createRoute>
const query = (request: Request) => Object.fromEntries(new URL(request.url).searchParams)

/** The term pair's fields by the glossary's rules, or `400 glossary.invalidTerm` with the reason. */
function termFields(raw: RawTermFields): TermFields {
  const fields = normalizeTerm(raw)
  if (typeof fields === 'string') throw new AppError('glossary.invalidTerm', { reason: fields })
  return fields
}

/** `404 glossary.termNotFound` for no such term, `403` unless the person may edit its target language. */
async function authorizeTerm(db: Db, actor: Actor, id: string): Promise<void> {
  const term = await getGlossaryTerm(db, id)
  if (!term) throw new AppError('glossary.termNotFound')
  authorize(actor, 'glossary.edit', term.tgtLang)
}

/**
 * The glossary routes (/api/glossary…), made for one `route()`: the files under app/api pass the
 * shared one, tests their own database's. Reading is for anyone signed in; changing a pair's terms
 * needs `glossary.edit` in its target language.
 */
export function glossaryRoutes(route: Route) {
  return {
    /** `GET /api/glossary`: the language pairs that have terms. */
    pairs: {
      GET: route({ allow: 'documents.read' }, async ({ db }) => json({ pairs: await listGlossaryPairs(db) })),
    },
    /** `/api/glossary/terms`: a page of a pair's terms (searchable), and adding one. */
    terms: {
      GET: route({ allow: 'documents.read' }, async ({ db, request }) => {
        return json(await listGlossaryTermPage(db, ListTermsQuerySchema.parse(query(request))))
      }),
      POST: route({ allow: 'signedIn', body: CreateTermSchema }, async ({ db, actor, body }) => {
        const { srcLang, tgtLang, ...raw } = body
        authorize(actor, 'glossary.edit', tgtLang)
        return json(await createGlossaryTerm(db, { srcLang, tgtLang }, termFields(raw)), 201)
      }),
    },
    /** `/api/glossary/terms/:id`: change (at the version read) or delete a term pair. */
    term: {
      PATCH: route(
        { allow: 'signedIn', params: TermParams, body: PatchTermSchema },
        async ({ db, actor, params, body }) => {
          await authorizeTerm(db, actor, params.id)
          const { version, ...raw } = body
          return json(await updateGlossaryTerm(db, { id: params.id, version }, termFields(raw)))
        },
      ),
      DELETE: route({ allow: 'signedIn', params: TermParams }, async ({ db, actor, params }) => {
        await authorizeTerm(db, actor, params.id)
        await deleteGlossaryTerm(db, params.id)
        return new Response(null, { status: 204 })
      }),
    },
    /** `POST /api/glossary/import?srcLang&tgtLang[&format]`: a CSV or TBX file, raw or as multipart `file`. */
    import: {
      POST: route({ allow: 'signedIn' }, async ({ db, actor, request }) => {
        const { format, ...pair } = FileQuerySchema.parse(query(request))
        authorize(actor, 'glossary.edit', pair.tgtLang)
        const upload = await readGlossaryUpload(request)
        const chosen = glossaryFormatOf(upload.bytes, upload.fileName, format ?? upload.format)
        return json(await importGlossary(db, pair, { bytes: upload.bytes, format: chosen }))
      }),
    },
    /** `GET /api/glossary/export?srcLang&tgtLang&format=csv|tbx`: the pair's glossary as a file. */
    export: {
      GET: route({ allow: 'documents.read' }, async ({ db, request }) => {
        const { format, ...pair } = FileQuerySchema.parse(query(request))
        const file = exportGlossary(db, pair, format ?? 'tbx')
        return new Response(streamText(file.chunks), {
          status: 200,
          headers: {
            'content-type': file.contentType,
            'content-disposition': `attachment; filename="${file.fileName}"`,
            'cache-control': 'no-store',
          },
        })
      }),
    },
    /** `GET /api/glossary/matches?srcLang&tgtLang&text=`: the pair's terms found in a source text (`POST`: in the body). */
    matches: {
      GET: route({ allow: 'documents.read' }, async ({ db, request }) => {
        const { text, ...pair } = MatchesQuerySchema.parse(query(request))
        return json({ matches: await findGlossaryMatches(db, pair, text) })
      }),
      /** The same with `{ srcLang, tgtLang, text }` as the body, for texts too long for a URL. */
      POST: route({ allow: 'documents.read', body: MatchesQuerySchema }, async ({ db, body }) => {
        const { text, ...pair } = body
        return json({ matches: await findGlossaryMatches(db, pair, text) })
      }),
    },
  }
}
