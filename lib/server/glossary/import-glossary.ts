import type { Db } from '../../db/client'
import { getGlossaryKeys, writeGlossaryTerms, type LangPair } from '../../db/glossary'
import type { TermProblem } from '../../glossary/normalize-term'
import type { GlossaryFormat } from '../../glossary/read-glossary-file'
import { runCpuTask } from '../workers/cpu-pool'
import { termKey, type TermFields } from '../../glossary/term'

export type { GlossaryFormat }

/**
 * What an import did: pairs added, pairs whose fields changed, pairs already as in the file, and entries left
 * out with why; `format` says what their `at` counts (CSV rows, TBX entries).
 */
export type ImportGlossaryResult = {
  format: GlossaryFormat
  added: number
  updated: number
  unchanged: number
  skipped: Array<{ at: number; reason: TermProblem; sourceTerm: string }>
}

/** How much of a skipped entry's source term the answer repeats: enough to find it, not a 20 MB cell back. */
const ECHOED_TERM = 100
const echo = (term: string) => (term.length > ECHOED_TERM ? `${term.slice(0, ECHOED_TERM)}…` : term)

/** The format of an uploaded glossary: as asked, else from the file name, else `tbx` when it starts like XML. */
export function glossaryFormatOf(bytes: Uint8Array, fileName: string, asked?: GlossaryFormat): GlossaryFormat {
  if (asked) return asked
  if (/\.(tbx|xml)$/i.test(fileName)) return 'tbx'
  if (/\.(csv|tsv|txt)$/i.test(fileName)) return 'csv'
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 200))
    .replace(/^\ufeff/, '')
    .trimStart()
  return start.startsWith('<') ? 'tbx' : 'csv'
}

const sameFields = (a: TermFields, b: TermFields) =>
  a.sourceTerm === b.sourceTerm &&
  a.targetTerm === b.targetTerm &&
  a.partOfSpeech === b.partOfSpeech &&
  a.definition === b.definition &&
  a.note === b.note &&
  a.forbidden.join('\n') === b.forbidden.join('\n')

/**
 * Imports a CSV or TBX glossary into a language pair: a pair the glossary does not have is added, one it
 * has (same source and target term, case aside) takes the file's fields, an entry repeated in the file
 * or that breaks a rule is skipped with its reason. Reads and checks everything first, so a file that cannot
 * be read changes nothing; then writes in short transactions (`writeGlossaryTerms`), so a failure while
 * writing keeps what was written, and importing the same file again finishes it.
 */
export async function importGlossary(
  db: Db,
  pair: LangPair,
  file: { bytes: Uint8Array; format: GlossaryFormat },
): Promise<ImportGlossaryResult> {
  // Read in the parse worker pool: 200,000 CSV rows held the request thread 1.5 s.
  const { rows } = await runCpuTask('readGlossaryFile', { bytes: file.bytes, format: file.format, pair })
  const known = await getGlossaryKeys(db, pair)
  const seen = new Set<string>()
  const result: ImportGlossaryResult = { format: file.format, added: 0, updated: 0, unchanged: 0, skipped: [] }
  const added: TermFields[] = []
  const updated: Array<{ id: string; fields: TermFields }> = []
  for (const row of rows) {
    if (!('term' in row)) {
      result.skipped.push({ at: row.at, reason: row.problem, sourceTerm: echo(row.sourceTerm) })
      continue
    }
    const key = `${termKey(row.term.sourceTerm)}\n${termKey(row.term.targetTerm)}`
    if (seen.has(key)) {
      result.skipped.push({ at: row.at, reason: 'duplicate', sourceTerm: echo(row.term.sourceTerm) })
      continue
    }
    seen.add(key)
    const existing = known.get(key)
    if (!existing) added.push(row.term)
    else if (sameFields(existing, row.term)) result.unchanged++
    else updated.push({ id: existing.id, fields: row.term })
  }
  const written = await writeGlossaryTerms(db, pair, { added, updated })
  return { ...result, ...written }
}
