// libxml2 reports a validity error on the line where the element's start tag ends, with no column. These helpers find
// the start tag (`<name` or `<prefix:name`) in the text so that the problem points where the reader's own do.

/** The element a libxml2 schema or DTD message is about (local name), when the message names one. */
export function elementOfMessage(message: string): string | undefined {
  const match =
    /^Element '(?:\{[^}]*\})?([^']+)'/.exec(message) ??
    /attribute \S+ of (?:element )?([A-Za-z_][\w.:-]*)/.exec(message) ??
    /(?:for element|[Ee]lement) ([A-Za-z_][\w.:-]*)/.exec(message)
  const name = match?.[1]
  return name?.slice(name.indexOf(':') + 1)
}

const isNameChar = (c: string | undefined) => c !== undefined && /[\w.:-]/.test(c)
const BACK_WINDOW = 64 * 1024

/** The offset of the `<` of a start tag of `local` (any prefix) after `from` and before `to`, or -1. */
function findStartTag(text: string, local: string, from: number, to: number): number {
  for (let at = text.indexOf(local, from + 2); at !== -1 && at < to; at = text.indexOf(local, at + 1)) {
    if (isNameChar(text[at + local.length])) continue
    let start = at
    if (text[start - 1] === ':') {
      start--
      while (start > 0 && text[start - 1] !== ':' && isNameChar(text[start - 1])) start--
    }
    if (text[start - 1] === '<' && start - 1 > from) return start - 1
  }
  return -1
}

export type Located = { line: number; column: number }

/**
 * Places issues given by line (in increasing order) on the start tag of their element, in one forward pass over
 * `text`: the k-th node with issues named `element` on a line goes to that element's k-th start tag there, a tag
 * that began on an earlier line is found by looking back. Without an element, or when no tag is found, column 1.
 */
export function locateIssues(text: string, issues: { line: number; element?: string; node: number }[]): Located[] {
  let line = 1
  let lineStart = 0
  const seen = new Map<string, number[]>()
  return issues.map(({ line: target, element, node }) => {
    if (target < line) return { line: Math.max(1, target), column: 1 }
    while (line < target) {
      const next = text.indexOf('\n', lineStart)
      if (next === -1) break
      lineStart = next + 1
      line++
    }
    if (!element) return { line, column: 1 }
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart)
    const key = `${line} ${element}`
    const nodes = seen.get(key) ?? []
    if (!nodes.includes(node)) nodes.push(node)
    seen.set(key, nodes)
    const nth = nodes.indexOf(node)
    let at = lineStart - 1
    for (let k = 0; k <= nth; k++) {
      const found = findStartTag(text, element, at, lineEnd)
      if (found === -1) break
      at = found
    }
    if (at >= lineStart) return { line, column: at - lineStart + 1 }
    const back = findLastStartTag(text, element, Math.max(0, lineStart - BACK_WINDOW), lineStart)
    if (back === -1) return { line, column: 1 }
    const before = text.slice(back, lineStart)
    const lines = before.split('\n').length - 1
    return { line: line - lines, column: back - text.lastIndexOf('\n', back - 1) }
  })
}

function findLastStartTag(text: string, local: string, from: number, to: number): number {
  let last = -1
  for (let at = findStartTag(text, local, from - 1, to); at !== -1; at = findStartTag(text, local, at, to)) last = at
  return last
}
