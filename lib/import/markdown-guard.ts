/**
 * What the Markdown parser (marked) cannot read safely, found in one linear pass before it runs:
 * emphasis delimiters it matches in time quadratic in their number within a paragraph ("_a" × 50,000
 * took 26 s and held up every other request), and containers nested so deep (">" × 100,000, a list
 * item per "- ") that its recursion overflows the stack.
 */

/** Runs of `*` or `_` one paragraph (or list item, table row, heading) may have: their cost grows with the square of their number, and prose has far fewer than 64. */
export const MAX_DELIMITER_RUNS = 64
/** Quotes and list items nested in one another on a line. */
export const MAX_NESTING = 32
/** Leading spaces of a line (tabs as 4), which nest list items as much. */
const MAX_INDENT = MAX_NESTING * 4

export type MarkdownRefusal = { reason: 'emphasis' | 'nesting'; line: number }

/** The number of containers (`>` quotes, `-`/`*`/`+`/`1.` list items) a line opens, up to one past the limit. */
function containerDepth(line: string): number {
  let depth = 0
  let at = 0
  while (depth <= MAX_NESTING) {
    while (line[at] === ' ' || line[at] === '\t') at++
    const c = line[at]
    if (c === '>') {
      at++
    } else if ((c === '-' || c === '*' || c === '+') && (line[at + 1] === ' ' || line[at + 1] === '\t')) {
      at += 2
    } else {
      let digits = 0
      while (digits < 10 && line[at + digits]! >= '0' && line[at + digits]! <= '9') digits++
      const after = line[at + digits]
      if (digits === 0 || (after !== '.' && after !== ')')) break
      at += digits + 1
    }
    depth++
  }
  return depth
}

function indentOf(line: string): number {
  let width = 0
  for (const c of line) {
    if (c === ' ') width++
    else if (c === '\t') width += 4
    else break
    if (width > MAX_INDENT) break
  }
  return width
}

/** The first thing in `markdown` the parser cannot read safely, with its 1-based line, or null. */
export function findMarkdownRefusal(markdown: string): MarkdownRefusal | null {
  let runs = 0
  let paragraphStart = 1
  let lineNumber = 0
  for (const line of markdown.split('\n')) {
    lineNumber++
    if (line.trim() === '') {
      runs = 0
      paragraphStart = lineNumber + 1
      continue
    }
    const depth = containerDepth(line)
    if (depth > MAX_NESTING || indentOf(line) > MAX_INDENT) return { reason: 'nesting', line: lineNumber }
    // A list item, a quote, a table row or a heading is parsed on its own: the count starts again.
    if (depth > 0 || /^\s*[|#]/.test(line)) {
      runs = 0
      paragraphStart = lineNumber
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i]
      if (c !== '*' && c !== '_') continue
      if (line[i - 1] !== c && ++runs > MAX_DELIMITER_RUNS) return { reason: 'emphasis', line: paragraphStart }
    }
  }
  return null
}
