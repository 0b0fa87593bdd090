import { AppError } from '../errors'
import { canonicalLanguage } from '../languages'
import { htmlToDocs } from '../richtext/html-to-docs'
import { checkSegmentSize } from '../richtext/segment-limits'
import type { RichDoc } from '../richtext/types'
import { decodeUpload } from './decode-upload'
import { docxToHtml } from './docx-to-html'
import { extractHtmlTitle } from './extract-title'
import { detectArticleKind, markdownToHtml, splitArticle, type ArticleKind } from './split-article'

export type ArticleInput =
  { kind: 'text'; text: string; format: ArticleKind } | { kind: 'file'; bytes: Uint8Array; fileName: string }

/** Turns pasted text or an uploaded file into rich paragraphs, or throws a user-facing AppError. */
export async function prepareArticle(input: ArticleInput, maxBytes: number): Promise<RichDoc[]> {
  if (input.kind === 'text') {
    if (new TextEncoder().encode(input.text).byteLength > maxBytes) throw new AppError('import.tooLarge', { maxBytes })
    if (input.text.trim() === '') throw new AppError('import.empty')
    return splitArticle(input.text, input.format).map(checkSegmentSize)
  }
  const { content, kind } = await readUpload(input, maxBytes)
  return splitArticle(content, kind).map(checkSegmentSize)
}

export type TitledArticle = { title: string | null; paragraphs: RichDoc[] }

/**
 * Reads an uploaded article and its title: the HTML `<title>` or first `<h1>`, or the first
 * Markdown level-1 heading; plain text has none. A heading that becomes the document title is not
 * kept as paragraph 1 too, so it is not translated and aligned twice; a `givenTitle` that differs
 * from it leaves the heading in place.
 */
export async function prepareTitledArticle(
  input: Extract<ArticleInput, { kind: 'file' }>,
  maxBytes: number,
  givenTitle = '',
): Promise<TitledArticle> {
  const { content, kind } = await readUpload(input, maxBytes)
  if (kind === 'text') return { title: null, paragraphs: splitArticle(content, kind).map(checkSegmentSize) }
  const html = kind === 'markdown' ? markdownToHtml(content) : content
  const found = extractHtmlTitle(html)
  const isUsed = found.title !== null && (givenTitle === '' || givenTitle === found.title)
  // A file that is nothing but its heading keeps it as a paragraph rather than failing.
  const paragraphs = isUsed ? htmlToDocs(found.html) : []
  const docs = paragraphs.length > 0 ? paragraphs : splitArticle(html, 'html')
  return { title: found.title, paragraphs: docs.map(checkSegmentSize) }
}

async function readUpload(
  input: Extract<ArticleInput, { kind: 'file' }>,
  maxBytes: number,
): Promise<{ content: string; kind: ArticleKind }> {
  if (input.bytes.byteLength > maxBytes) throw new AppError('import.tooLarge', { maxBytes })
  if (input.bytes.byteLength === 0) throw new AppError('import.empty')
  const ext = input.fileName.toLowerCase().split('.').pop()
  if (ext === 'docx') return { content: await docxToHtml(input.bytes), kind: 'html' }
  const text = decodeUpload(input.bytes, maxBytes)
  const kind = detectArticleKind(input.fileName, text)
  if (kind === null || kind === 'docx') throw new AppError('import.unsupportedType')
  return { content: text, kind }
}

/** Validates a source or target language tag. */
export function requireLanguage(tag: string): string {
  const canonical = canonicalLanguage(tag)
  if (!canonical) throw new AppError('language.invalid', { lang: tag })
  return canonical
}
