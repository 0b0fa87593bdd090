import { createHtmlParser } from '../text/html-parser'
import { isSafeHref, sanitizeDoc } from './schema'
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

type SimpleMark = Exclude<RichMark['type'], 'link'>
type OpenElement = {
  name: string
  /** Simple marks this element adds, each type once. */
  adds: SimpleMark[]
  /** The link in effect inside this element (its own, else its parent's). */
  link: RichMark | undefined
}

/**
 * Splits HTML into one rich paragraph per block element, keeping bold, italic, underline, links, sup/sub and breaks.
 * Linear in the input whatever the nesting depth: the marks in effect are counted as elements open and close,
 * and a close tag finds its element through a count of open elements by name.
 */
export function htmlToDocs(html: string): RichDoc[] {
  const docs: RichDoc[] = []
  const stack: OpenElement[] = []
  const openByName = new Map<string, number>()
  const markCounts = new Map<SimpleMark, number>()
  let active: RichMark[] | undefined = [] // undefined: to recompute
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
  const activeMarks = (): RichMark[] => {
    if (active) return active
    const marks: RichMark[] = []
    const link = stack.at(-1)?.link
    if (link) marks.push(link)
    for (const [type, count] of markCounts) if (count > 0) marks.push({ type } as RichMark)
    return (active = marks)
  }
  const pop = () => {
    const element = stack.pop()!
    openByName.set(element.name, openByName.get(element.name)! - 1)
    for (const type of element.adds) markCounts.set(type, markCounts.get(type)! - 1)
    active = undefined
  }

  const parser = createHtmlParser(
    {
      onopentag(name, attrs) {
        if (SKIPPED.has(name)) skipDepth++
        if (skipDepth > 0) return
        if (BLOCKS.has(name)) flush()
        if (name === 'pre') preDepth++
        if (name === 'br') inline.push({ type: 'hardBreak' })
        const adds = new Set<SimpleMark>()
        const tag = MARK_TAGS[name]
        if (tag && tag !== 'link') adds.add(tag)
        for (const mark of marksFromStyle(attrs.style)) if (mark.type !== 'link') adds.add(mark.type)
        const own: RichMark | undefined =
          name === 'a' && attrs.href && isSafeHref(attrs.href)
            ? { type: 'link', attrs: { href: attrs.href } }
            : undefined
        stack.push({ name, adds: [...adds], link: own ?? stack.at(-1)?.link })
        openByName.set(name, (openByName.get(name) ?? 0) + 1)
        for (const type of adds) markCounts.set(type, (markCounts.get(type) ?? 0) + 1)
        active = undefined
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
        // Each element is popped once, so closing costs as much as opening did.
        if ((openByName.get(name) ?? 0) > 0) {
          while (stack.at(-1)!.name !== name) pop()
          pop()
        }
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
  // Slice once rather than shift() per leading break, which moves the whole array each time.
  let start = 0
  let end = nodes.length
  while (start < end && nodes[start]!.type === 'hardBreak') start++
  while (end > start && nodes[end - 1]!.type === 'hardBreak') end--
  const out = nodes.slice(start, end).map((n) => ({ ...n }))
  const first = out[0]
  if (first?.type === 'text') first.text = first.text.trimStart()
  const last = out.at(-1)
  if (last?.type === 'text') last.text = last.text.trimEnd()
  return out
}
