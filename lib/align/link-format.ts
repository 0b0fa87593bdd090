export type LinkIds = { source: number[]; target: number[] }

/** Formats one link as `[0,1]:[2]` (0-based ids; `[]` on the empty side of a 1:0 or 0:1 link). */
export function formatLink(link: LinkIds): string {
  return `[${link.source.join(',')}]:[${link.target.join(',')}]`
}

/** Formats links one per line, with a final newline when there is at least one link. */
export function formatLinks(links: LinkIds[]): string {
  return links.map((link) => `${formatLink(link)}\n`).join('')
}

const LINK_LINE = /^\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]$/

function parseIds(list: string, lineNumber: number): number[] {
  const trimmed = list.trim()
  if (trimmed === '') return []
  return trimmed.split(',').map((part) => {
    const id = Number(part.trim())
    if (!Number.isInteger(id) || part.trim() === '') throw new SyntaxError(`line ${lineNumber}: bad id "${part}"`)
    return id
  })
}

/** Parses `[0,1]:[2]` lines (blank lines are skipped); throws a SyntaxError naming the bad line. */
export function parseLinks(text: string): LinkIds[] {
  const links: LinkIds[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    const match = LINK_LINE.exec(line)
    if (!match) throw new SyntaxError(`line ${index + 1}: expected [ids]:[ids], got "${line}"`)
    links.push({ source: parseIds(match[1] ?? '', index + 1), target: parseIds(match[2] ?? '', index + 1) })
  })
  return links
}
