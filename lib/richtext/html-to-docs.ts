import { Parser } from 'htmlparser2'
import { sanitizeDoc } from './schema'
import type { RichDoc, RichInline, RichMark, RichParagraph } from './types'

const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'figcaption',
  'dd',
  'dt',
  'td',
  'th',
  'tr',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
  'address',
  'nav',
  'hr',
  'body',
  'html',
  'center',
])
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'])
const MARK_TAGS: Record<string, RichMark['type']> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  cite: 'italic',
  u: 'underline',
  ins: 'underline',
  sup: 'superscript',
  sub: 'subscript',
}

function marksFromStyle(style: string | undefined): RichMark[] {
  if (!style) return []
  const marks: RichMark[] = []
  if (/font-weight\s*:\s*(bold|[6-9]00)/i.test(style)) marks.push({ type: 'bold' })
  if (/font-style\s*:\s*italic/i.test(style)) marks.push({ type: 'italic' })
  if (/text-decoration[^;]*underline/i.test(style)) marks.push({ type: 'underline' })
  if (/vertical-align\s*:\s*super/i.test(style)) marks.push({ type: 'superscript' })
  if (/vertical-align\s*:\s*sub/i.test(style)) marks.push({ type: 'subscript' })
  return marks
}

/** Splits HTML into one rich paragraph per block element, keeping bold, italic, underline, links, sup/sub and breaks. */
export function htmlToDocs(html: string): RichDoc[] {
  const docs: RichDoc[] = []
  const stack: Array<{ name: string; marks: RichMark[] }> = []
  let inline: RichInline[] = []
  let skipDepth = 0
  let preDepth = 0

  const flush = () => {
    const first = inline.findIndex((n) => n.type === 'text' && n.text.trim() !== '')
    if (first >= 0) {
      const trimmed = trimEdges(inline)
      const paragraph: RichParagraph = { type: 'paragraph', content: trimmed }
      docs.push(sanitizeDoc({ type: 'doc', content: [paragraph] }))
    }
    inline = []
  }
  const activeMarks = () => stack.flatMap((entry) => entry.marks)

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SKIPPED.has(name)) skipDepth++
        if (skipDepth > 0) return
        if (BLOCKS.has(name)) flush()
        if (name === 'pre') preDepth++
        if (name === 'br') inline.push({ type: 'hardBreak' })
        const marks: RichMark[] = []
        const tag = MARK_TAGS[name]
        if (tag) marks.push({ type: tag } as RichMark)
        if (name === 'a' && attrs.href) marks.push({ type: 'link', attrs: { href: attrs.href } })
        marks.push(...marksFromStyle(attrs.style))
        stack.push({ name, marks })
      },
      ontext(text) {
        if (skipDepth > 0) return
        const value = preDepth > 0 ? text : text.replace(/[ \t\n\r\f]+/g, ' ')
        if (value === '') return
        const marks = activeMarks()
        inline.push(marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value })
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1)
          return
        }
        if (skipDepth > 0) return
        const index = stack.map((e) => e.name).lastIndexOf(name)
        if (index >= 0) stack.splice(index)
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
        if (BLOCKS.has(name)) flush()
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  flush()
  return docs
}

/** Parses HTML as one segment: every block becomes a paragraph of the same doc. */
export function htmlToDoc(html: string): RichDoc {
  const paragraphs = htmlToDocs(html).flatMap((d) => d.content)
  return sanitizeDoc({ type: 'doc', content: paragraphs })
}

function trimEdges(nodes: RichInline[]): RichInline[] {
  const out = nodes.map((n) => ({ ...n }))
  while (out[0]?.type === 'hardBreak') out.shift()
  while (out.at(-1)?.type === 'hardBreak') out.pop()
  const first = out[0]
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '')
  const last = out.at(-1)
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '')
  return out
}
