import { z } from 'zod'
import { addSpellingWord, deleteSpellingWord, listSpellingWords } from '@/lib/db/spelling-words'
import { LangTagSchema } from '@/lib/formats/lang-tag'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { findSpellingDictionary } from '@/lib/spelling/dictionaries'
import { AddProjectWordSchema, ProjectWordSchema } from '@/lib/spelling/schema'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

const LangParams = z.object({ lang: LangTagSchema })

export const GET = route({ allow: 'documents.read', params: LangParams }, async ({ params, db }) =>
  json({
    lang: params.lang,
    dictionary: findSpellingDictionary(params.lang) !== null,
    words: await listSpellingWords(db, { lang: params.lang }),
  }),
)

export const POST = route(
  { allow: 'segments.edit', params: LangParams, body: AddProjectWordSchema },
  async ({ params, body, db, actor }) =>
    json(await addSpellingWord(db, { lang: params.lang, word: body.word, addedById: actor.id || null }), 201),
)

export const DELETE = route({ allow: 'segments.edit', params: LangParams }, async ({ request, params, db }) => {
  const word = ProjectWordSchema.parse(new URL(request.url).searchParams.get('word') ?? '')
  return json({ deleted: await deleteSpellingWord(db, { lang: params.lang, word }) })
})

export const { PUT, PATCH, OPTIONS } = otherMethods({ GET, POST, DELETE })
