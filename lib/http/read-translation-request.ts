import { z } from 'zod'
import { readEnv } from '../env'
import { AppError } from '../errors'
import { requireLanguage } from '../import/prepare-article'
import { prepareArticleInWorker } from '../server/workers/parse-in-worker'
import type { RichDoc } from '../richtext/types'
import { checkMultipartLength, FORM_OVERHEAD_BYTES } from './check-multipart-length'
import { readBody } from './read-body'
import { readJsonBody } from './read-json-body'

export const ImportTranslationSchema = z.object({
  lang: z.string().trim().min(1).max(35),
  text: z.string().optional(),
  format: z.enum(['text', 'markdown', 'html']).default('text'),
  replace: z.boolean().default(false),
})

/** `{lang}` alone adds an empty language; with text or a file, the paragraphs to import and align. */
export type TranslationRequest = { lang: string; replace: boolean; paragraphs: RichDoc[] | null }

/** Reads `{lang, text?, format?, replace?}` as JSON, or a multipart form with `lang`, `file` or `text`, and `replace`. */
export async function readTranslationRequest(request: Request): Promise<TranslationRequest> {
  const maxBytes = readEnv().PARALLEL_MAX_UPLOAD_BYTES
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > maxBytes + FORM_OVERHEAD_BYTES) throw new AppError('import.tooLarge', { maxBytes })
  if ((request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    checkMultipartLength(request, maxBytes)
    const form = await readBody(() => request.formData())
    const lang = requireLanguage(z.string().trim().min(1).max(35).parse(form.get('lang')))
    const replace = form.get('replace') === 'true' || form.get('replace') === 'on'
    const file = form.get('file')
    if (file instanceof File && file.size > 0) {
      return {
        lang,
        replace,
        paragraphs: await prepareArticleInWorker(
          { kind: 'file', bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name },
          maxBytes,
        ),
      }
    }
    const format = z.enum(['text', 'markdown', 'html']).catch('text').parse(form.get('format'))
    return {
      lang,
      replace,
      paragraphs: await prepareArticleInWorker(
        { kind: 'text', text: String(form.get('text') ?? ''), format },
        maxBytes,
      ),
    }
  }
  const body = ImportTranslationSchema.parse(await readJsonBody(request, maxBytes + FORM_OVERHEAD_BYTES))
  const paragraphs =
    body.text === undefined
      ? null
      : await prepareArticleInWorker({ kind: 'text', text: body.text, format: body.format }, maxBytes)
  return { lang: requireLanguage(body.lang), replace: body.replace, paragraphs }
}
