import { z } from 'zod'
import { readEnv } from '../env'
import { AppError } from '../errors'
import { requireLanguage } from '../import/prepare-article'
import { prepareArticleInWorker, prepareTitledArticleInWorker } from '../server/workers/parse-in-worker'
import type { RichDoc } from '../richtext/types'
import { normalizeTitle, titleFromFileName, TITLE_MAX_LENGTH } from '../text/normalize-title'
import { CreateDocumentSchema, FileNameSchema, TitleSchema } from './schemas'
import { checkMultipartLength, FORM_OVERHEAD_BYTES } from './check-multipart-length'
import { readBody } from './read-body'
import { readJsonBody } from './read-json-body'

export type ArticleRequest = { title: string; sourceLang: string; paragraphs: RichDoc[]; fileName?: string }

/**
 * Reads `{title, sourceLang, text, format}` as JSON, or a multipart form with a `file`; the form's
 * title and file name follow the JSON rules (`TitleSchema`, `FileNameSchema`).
 */
export async function readArticleRequest(
  request: Request,
  { requireTitle }: { requireTitle: boolean },
): Promise<ArticleRequest> {
  const maxBytes = readEnv().PARALLEL_MAX_UPLOAD_BYTES
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > maxBytes + FORM_OVERHEAD_BYTES) throw new AppError('import.tooLarge', { maxBytes })
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    checkMultipartLength(request, maxBytes)
    const form = await readBody(() => request.formData())
    const file = form.get('file')
    const sourceLang = requireLanguage(String(form.get('sourceLang') ?? 'en'))
    const given = TitleSchema.parse(String(form.get('title') ?? ''))
    if (file instanceof File && file.size > 0) {
      FileNameSchema.parse(file.name)
      const article = await prepareTitledArticleInWorker(
        { kind: 'file', bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name },
        maxBytes,
        given,
      )
      const title =
        given || normalizeTitle(article.title ?? '').slice(0, TITLE_MAX_LENGTH) || titleFromFileName(file.name)
      return { title, sourceLang, paragraphs: article.paragraphs, fileName: file.name }
    }
    const text = String(form.get('text') ?? '')
    const format = z.enum(['text', 'markdown', 'html']).catch('text').parse(form.get('format'))
    const paragraphs = await prepareArticleInWorker({ kind: 'text', text, format }, maxBytes)
    if (requireTitle && !given) throw new AppError('validation.invalid', { field: 'title' })
    return { title: given, sourceLang, paragraphs }
  }
  const body = (
    requireTitle ? CreateDocumentSchema : CreateDocumentSchema.partial({ title: true, sourceLang: true })
  ).parse(await readJsonBody(request, maxBytes + FORM_OVERHEAD_BYTES))
  const paragraphs = await prepareArticleInWorker({ kind: 'text', text: body.text, format: body.format }, maxBytes)
  return { title: body.title ?? '', sourceLang: requireLanguage(body.sourceLang ?? 'en'), paragraphs }
}
