import { z } from 'zod'
import type { RichDoc, RichInline, RichMark, RichParagraph } from './types'

const SAFE_URL = /^(https?:|mailto:)/i

const MarkSchema = z.union([
  z.object({ type: z.enum(['bold', 'italic', 'underline', 'superscript', 'subscript']) }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: z.string().max(2048) }).loose() }),
])

const InlineSchema = z.union([
  z.object({ type: z.literal('text'), text: z.string(), marks: z.array(MarkSchema).max(10).optional() }),
  z.object({ type: z.literal('hardBreak') }),
])

const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  content: z.array(InlineSchema).optional(),
})

/**
 * The shape of rich content (validated, then sanitized by `sanitizeDoc`). It checks structure only:
 * size is `checkSegmentSize`'s job on the way in, so stored content always reads back whole.
 */
export const RichDocSchema = z.object({
  type: z.literal('doc'),
  content: z.array(ParagraphSchema),
})

/** Whether a link target may be kept (http, https, mailto). */
export function isSafeHref(href: string): boolean {
  return SAFE_URL.test(href.trim())
}

const MARK_ORDER = ['link', 'bold', 'italic', 'underline', 'superscript', 'subscript']

function cleanMarks(marks: readonly RichMark[] | undefined): RichMark[] {
  if (!marks || marks.length === 0) return []
  const byType = new Map<string, RichMark>()
  for (const mark of marks) {
    if (mark.type === 'link') {
      const href = mark.attrs.href.trim()
      if (isSafeHref(href)) byType.set('link', { type: 'link', attrs: { href } })
    } else byType.set(mark.type, { type: mark.type })
  }
  if (byType.has('superscript') && byType.has('subscript')) byType.delete('subscript')
  return [...byType.values()].sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type))
}

/** Whether two runs' cleaned marks (in `MARK_ORDER`, links with their href only) are the same. */
function sameMarks(a: RichMark[] = [], b: RichMark[] = []): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    if (x.type !== y.type) return false
    if (x.type === 'link' && y.type === 'link' && x.attrs.href !== y.attrs.href) return false
  }
  return true
}

const CONTROL = /[\u0000-\u001F\u007F]/

function cleanInline(nodes: readonly RichInline[] | undefined): RichInline[] {
  const out: RichInline[] = []
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      out.push({ type: 'hardBreak' })
      continue
    }
    // Control characters never belong in a segment.
    const text = CONTROL.test(node.text)
      ? node.text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[\r\n\t]+/g, ' ')
      : node.text
    if (text === '') continue
    const marks = cleanMarks(node.marks)
    const last = out.at(-1)
    if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text += text
    else out.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
  }
  return out
}

/** Drops what the editor cannot hold (unsafe links, stray control characters) and merges equal runs. */
export function sanitizeDoc(doc: RichDoc): RichDoc {
  const content: RichParagraph[] = doc.content.map((p) => {
    const inline = cleanInline(p.content)
    return inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' }
  })
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }
}

/** Validates unknown input as rich content; returns null when it is not one. */
export function parseRichDoc(input: unknown): RichDoc | null {
  const parsed = RichDocSchema.safeParse(input)
  return parsed.success ? sanitizeDoc(parsed.data as RichDoc) : null
}

/** Collects every text string of a value, for content that no longer passes the schema. */
function collectText(value: unknown, out: string[]): void {
  if (Array.isArray(value)) for (const item of value) collectText(item, out)
  else if (value !== null && typeof value === 'object') {
    const node = value as { type?: unknown; text?: unknown; content?: unknown }
    if (typeof node.text === 'string') out.push(node.text)
    else if (node.type === 'hardBreak') out.push('\n')
    collectText(node.content, out)
  }
}

const PLAIN_MARKS = new Set(['bold', 'italic', 'underline', 'superscript', 'subscript'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function isMark(mark: unknown): boolean {
  if (!isObject(mark)) return false
  if (typeof mark.type === 'string' && PLAIN_MARKS.has(mark.type)) return true
  return (
    mark.type === 'link' &&
    isObject(mark.attrs) &&
    typeof mark.attrs.href === 'string' &&
    mark.attrs.href.length <= 2048
  )
}

function isInline(node: unknown): boolean {
  if (!isObject(node)) return false
  if (node.type === 'hardBreak') return true
  if (node.type !== 'text' || typeof node.text !== 'string') return false
  return node.marks === undefined || (Array.isArray(node.marks) && node.marks.length <= 10 && node.marks.every(isMark))
}

const isParagraph = (p: unknown) =>
  isObject(p) &&
  p.type === 'paragraph' &&
  (p.content === undefined || (Array.isArray(p.content) && p.content.every(isInline)))

/**
 * Whether `value` passes `RichDocSchema`, checked by hand: an export reads two documents a link, and
 * zod's parse cost as much as the rest of the reading. Accepts nothing the schema refuses
 * (schema.test.ts); `sanitizeDoc` then keeps only the fields the schema names, as the parse does.
 */
export function hasRichDocShape(value: unknown): value is RichDoc {
  return isObject(value) && value.type === 'doc' && Array.isArray(value.content) && value.content.every(isParagraph)
}

/** Reads stored content as rich content; what fails the schema keeps its text as plain paragraphs, never reads as empty. */
export function readStoredDoc(value: unknown): RichDoc {
  const doc = hasRichDocShape(value) ? sanitizeDoc(value) : parseRichDoc(value)
  if (doc) return doc
  const text: string[] = []
  collectText(value, text)
  const paragraphs = text
    .join('')
    .split('\n')
    .filter((line) => line.trim() !== '')
  return sanitizeDoc({
    type: 'doc',
    content: paragraphs.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  })
}
