const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

type Unit = { raw: string; text: string }

/** One unit per character or entity, so a match never cuts an entity in two. */
function readUnits(text: string): Unit[] {
  const units: Unit[] = []
  for (const [raw] of text.matchAll(/&(?:#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);|[\s\S]/giu)) {
    if (!raw.startsWith('&') || raw.length === 1) units.push({ raw, text: raw })
    else if (raw[1] === '#') {
      const code = raw[2] === 'x' || raw[2] === 'X' ? parseInt(raw.slice(3, -1), 16) : parseInt(raw.slice(2, -1), 10)
      units.push({ raw, text: code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : raw })
    } else units.push({ raw, text: NAMED[raw.slice(1, -1).toLowerCase()] ?? raw })
  }
  return units
}

function markText(text: string, needle: string): string {
  const units = readUnits(text)
  const starts: number[] = []
  let lower = ''
  for (const unit of units) {
    starts.push(lower.length)
    lower += unit.text.toLocaleLowerCase()
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
    from = at + needle.length
    if (last < first) continue
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
 * Wraps each case-insensitive match of `needle` in the text of an HTML string with `<mark>`.
 * Tags and attributes are left alone and entities are matched by the character they stand for;
 * a match that crosses a tag (`<b>`) is not marked.
 */
export function highlightMatches(html: string, needle: string): string {
  const lowered = needle.trim().toLocaleLowerCase()
  if (lowered === '') return html
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : markText(part, lowered)))
    .join('')
}
