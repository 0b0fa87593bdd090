import { escapeXmlAttr } from '../formats/xml-escape'
import { decodeEntity, ENTITY_PATTERN } from '../text/decode-entities'
import type { TermMatch } from './term'

type Unit = { raw: string; length: number }

/** The text parts of an HTML string split into units (an entity, or one UTF-16 unit), each with its decoded length. */
function unitsOf(part: string): Unit[] {
  const units: Unit[] = []
  let last = 0
  const pushText = (text: string) => {
    for (const char of text) units.push({ raw: char, length: char.length })
  }
  for (const match of part.matchAll(ENTITY_PATTERN)) {
    pushText(part.slice(last, match.index))
    units.push({ raw: match[0], length: decodeEntity(match[0]).length })
    last = match.index + match[0].length
  }
  pushText(part.slice(last))
  return units
}

const TAG_SPLIT = /(<[^>]*>)/

/**
 * The plain text of an HTML string as the term marker counts it: entities decoded, and each tag read as
 * one space (so paragraphs never run their words together). Find terms in this text, then pass the
 * matches to `markTermsInHtml` with the same HTML.
 */
export function termTextOfHtml(html: string): string {
  return html
    .split(TAG_SPLIT)
    .map((part, i) => (i % 2 === 1 ? ' ' : part.replace(ENTITY_PATTERN, decodeEntity)))
    .join('')
}

/**
 * Wraps each matched term of an HTML string in `<mark class="term">` with its target term as the title.
 * Offsets are into `termTextOfHtml(html)`; pass non-overlapping matches. Tags and entities are left whole,
 * and a match that crosses a tag (a term half in bold) is not marked rather than nest badly.
 */
export function markTermsInHtml(html: string, matches: TermMatch[]): string {
  if (matches.length === 0) return html
  const sorted = [...matches].sort((a, b) => a.start - b.start)
  let offset = 0
  let next = 0
  return html
    .split(TAG_SPLIT)
    .map((part, i) => {
      if (i % 2 === 1) {
        offset += 1
        return part
      }
      const units = unitsOf(part)
      const partEnd = offset + units.reduce((sum, u) => sum + u.length, 0)
      let out = ''
      let at = offset
      let open: TermMatch | null = null
      for (const unit of units) {
        while (!open && next < sorted.length && sorted[next]!.start < at) next++
        const candidate = sorted[next]
        if (!open && candidate && candidate.start === at && candidate.end <= partEnd) {
          open = candidate
          const title = candidate.forbidden.length
            ? `${candidate.targetTerm} ≠ ${candidate.forbidden.join(', ')}`
            : candidate.targetTerm
          out += `<mark class="term" data-term-id="${escapeXmlAttr(candidate.termId)}" title="${escapeXmlAttr(title)}">`
          next++
        }
        out += unit.raw
        at += unit.length
        if (open && at >= open.end) {
          out += '</mark>'
          open = null
        }
      }
      offset = partEnd
      return out
    })
    .join('')
}
