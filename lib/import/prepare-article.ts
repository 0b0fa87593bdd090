import { AppError } from '../errors'
import { canonicalLanguage } from '../languages'
import type { RichDoc } from '../richtext/types'
import { decodeUpload } from './decode-upload'
import { docxToHtml } from './docx-to-html'
import { detectArticleKind, splitArticle, type ArticleKind } from './split-article'

export type ArticleInput =
  | { kind: 'text'; text: string; format: ArticleKind }
  | { kind: 'file'; bytes: Uint8Array; fileName: string }

/** Turns pasted text or an uploaded file into rich paragraphs, or throws a user-facing AppError. */
export async function prepareArticle(input: ArticleInput, maxBytes: number): Promise<RichDoc[]> {
  if (input.kind === 'text') {
    if (new TextEncoder().encode(input.text).byteLength > maxBytes) throw new AppError('import.tooLarge', { maxBytes })
    if (input.text.trim() === '') throw new AppError('import.empty')
    return splitArticle(input.text, input.format)
  }
  if (input.bytes.byteLength > maxBytes) throw new AppError('import.tooLarge', { maxBytes })
  if (input.bytes.byteLength === 0) throw new AppError('import.empty')
  const ext = input.fileName.toLowerCase().split('.').pop()
  if (ext === 'docx') return splitArticle(await docxToHtml(input.bytes), 'html')
  const text = decodeUpload(input.bytes, maxBytes)
  const kind = detectArticleKind(input.fileName, text)
  if (kind === null || kind === 'docx') throw new AppError('import.unsupportedType')
  return splitArticle(text, kind)
}

/** Validates a source or target language tag. */
export function requireLanguage(tag: string): string {
  const canonical = canonicalLanguage(tag)
  if (!canonical) throw new AppError('language.invalid', { lang: tag })
  return canonical
}
