import { marked } from 'marked'
import { findMarkdownRefusal } from './markdown-guard'
import { AppError } from '../errors'
import { htmlToDocs } from '../richtext/html-to-docs'
import { textToDoc } from '../richtext/text-to-doc'
import type { RichDoc } from '../richtext/types'

export type ArticleKind = 'text' | 'markdown' | 'html'

/** Splits plain text into paragraphs on blank lines; lines inside a paragraph are joined with spaces. */
export function splitPlainText(text: string): RichDoc[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter((block) => block !== '')
    .map(textToDoc)
}

/**
 * Renders Markdown (GFM) to HTML, as the import reads it. What the parser cannot read safely (see
 * `findMarkdownRefusal`) is refused first, in linear time, naming its line.
 */
export function markdownToHtml(markdown: string): string {
  const text = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const refusal = findMarkdownRefusal(text)
  if (refusal) throw new AppError('import.markdownTooComplex', { line: refusal.line })
  try {
    return marked.parse(text, { async: false, gfm: true })
  } catch (error) {
    // A recursion the guard did not foresee: still the file's fault, not the server's.
    if (error instanceof RangeError) throw new AppError('import.markdownTooComplex', { line: 1 })
    throw error
  }
}

/** Splits an article into rich paragraphs: blank lines for text, block elements for Markdown and HTML. */
export function splitArticle(content: string, kind: ArticleKind): RichDoc[] {
  const clean = content.replace(/^\uFEFF/, '')
  const docs = kind === 'text' ? splitPlainText(clean) : htmlToDocs(kind === 'html' ? clean : markdownToHtml(clean))
  if (docs.length === 0) throw new AppError('import.noParagraphs')
  return docs
}

/** Guesses the kind of an uploaded file from its name (and falls back to sniffing HTML). */
export function detectArticleKind(fileName: string, content: string): ArticleKind | 'docx' | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? ''
  if (ext === 'txt' || ext === 'text') return 'text'
  if (ext === 'md' || ext === 'markdown') return 'markdown'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  if (ext === 'docx') return 'docx'
  if (ext === '' && /^\s*<(!doctype|html|p|div)/i.test(content)) return 'html'
  return ext === '' ? 'text' : null
}
