/** One pair of a pairs list: the line it is on (1-based), its two paths as written, and its optional name. */
export type PairLine = { line: number; source: string; target: string; name: string | null }

/** Why a line of a pairs list was not understood. */
export type PairsProblem = { line: number; reason: 'columns' | 'emptyPath'; columns: number }

/**
 * Reads a pairs list: one pair a line, `source<TAB>target[<TAB>name]`. Blank lines and lines starting
 * with `#` are skipped, and so is a first line naming the columns (`source<TAB>target…`). Linear in
 * the size of the text.
 */
export function parsePairs(text: string): { pairs: PairLine[]; problems: PairsProblem[] } {
  const pairs: PairLine[] = []
  const problems: PairsProblem[] = []
  let first = true
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue
    const columns = raw.split('\t').map((c) => c.trim())
    while (columns.length > 2 && columns[columns.length - 1] === '') columns.pop()
    const isHeader = first && columns[0]?.toLowerCase() === 'source' && columns[1]?.toLowerCase() === 'target'
    first = false
    if (isHeader) continue
    if (columns.length < 2 || columns.length > 3)
      problems.push({ line: i + 1, reason: 'columns', columns: columns.length })
    else if (columns[0] === '' || columns[1] === '')
      problems.push({ line: i + 1, reason: 'emptyPath', columns: columns.length })
    else pairs.push({ line: i + 1, source: columns[0]!, target: columns[1]!, name: columns[2] || null })
  }
  return { pairs, problems }
}
