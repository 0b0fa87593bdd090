import { decodeEntity, ENTITY_PATTERN } from '@/lib/text/decode-entities'
import { foldText } from '@/lib/text/fold-text'

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

type Unit = { raw: string; text: string }

/**
 * One unit per entity or user-perceived character (a letter with its accents, a Hangul syllable
 * written as jamo), each in folded form: a match never cuts an entity or a letter in two.
 */
function readUnits(text: string): Unit[] {
  const units: Unit[] = []
  const pushText = (part: string) => {
    for (const { segment } of graphemes.segment(part)) units.push({ raw: segment, text: foldText(segment) })
  }
  let last = 0
  for (const match of text.matchAll(ENTITY_PATTERN)) {
    pushText(text.slice(last, match.index))
    units.push({ raw: match[0], text: foldText(decodeEntity(match[0])) })
    last = match.index + match[0].length
  }
  pushText(text.slice(last))
  return units
}

function markText(text: string, needle: string): string {
  const units = readUnits(text)
  const starts: number[] = []
  let lower = ''
  for (const unit of units) {
    starts.push(lower.length)
    lower += unit.text
  }
  // Unit i spans [starts[i], starts[i + 1]); a match covers every unit it touches.
  const unitAt = (offset: number) => {
    let low = 0
    let high = units.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] ?? Infinity) <= offset) low = mid
      else high = mid - 1
    }
    return low
  }
  let out = ''
  let next = 0
  let from = 0
  for (let at = lower.indexOf(needle, from); at !== -1; at = lower.indexOf(needle, from)) {
    const first = Math.max(unitAt(at), next)
    const last = unitAt(at + needle.length - 1)
    // A match must start and end on unit boundaries: `f` does not match half of `ﬁ` (folded `fi`).
    const isWhole = starts[first] === at && (starts[last + 1] ?? lower.length) === at + needle.length
    from = isWhole ? at + needle.length : at + 1
    if (last < first || !isWhole) continue
    out += units
      .slice(next, first)
      .map((u) => u.raw)
      .join('')
    out += `<mark>${units
      .slice(first, last + 1)
      .map((u) => u.raw)
      .join('')}</mark>`
    next = last + 1
  }
  return (
    out +
    units
      .slice(next)
      .map((u) => u.raw)
      .join('')
  )
}

/**
 * Wraps each match of `needle` in the text of an HTML string with `<mark>`, both compared in
 * `foldText` form (case, ё/е and Unicode normal forms folded), as the workbench's filter compares.
 * Tags and attributes are left alone and entities are matched by the character they stand for;
 * a match that crosses a tag (`<b>`) is not marked.
 */
export function highlightMatches(html: string, needle: string): string {
  const lowered = foldText(needle.trim())
  if (lowered === '') return html
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : markText(part, lowered)))
    .join('')
}
