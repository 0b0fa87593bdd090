import { parse } from 'csv-parse/sync'
import { normalizeTerm } from './normalize-term'
import type { ReadGlossary, ReadTermRow } from './glossary-file'

/** The columns of a glossary CSV, as written by `writeGlossaryCsv`; `forbidden` holds variants separated by `;`. */
export const CSV_COLUMNS = ['source', 'target', 'partOfSpeech', 'definition', 'note', 'forbidden'] as const

/** Other names a header may give a column (case and spaces ignored). */
const ALIASES: Record<string, (typeof CSV_COLUMNS)[number]> = {
  source: 'source',
  sourceterm: 'source',
  target: 'target',
  targetterm: 'target',
  partofspeech: 'partOfSpeech',
  pos: 'partOfSpeech',
  definition: 'definition',
  note: 'note',
  notes: 'note',
  forbidden: 'forbidden',
  forbiddenvariants: 'forbidden',
}

export class GlossaryCsvError extends Error {
  constructor(
    readonly reason: 'noHeader' | 'malformed',
    readonly line?: number,
  ) {
    super(reason)
    this.name = 'GlossaryCsvError'
  }
}

/** The delimiter the header row uses: comma, semicolon (spreadsheets in many locales) or tab. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/))
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const)
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0]
}

/**
 * A cell a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return, perhaps after apostrophes) goes behind one more apostrophe, which a spreadsheet shows as text;
 * `readGlossaryCsv` takes it off again, so the round trip keeps every term as it was.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/

const isBlankLine = (record: string[]) => record.length === 1 && record[0] === ''

/**
 * Reads a glossary CSV with a header row naming its columns (`source` and `target` required, see
 * `CSV_COLUMNS`; unknown columns ignored), comma-, semicolon- or tab-separated, with or without a
 * BOM. Each entry's `at` is its row number as a spreadsheet shows it (the file's line, unless a cell above
 * spans lines); blank lines are skipped but counted. Throws `GlossaryCsvError` for a file without those
 * columns or with broken quoting.
 */
export function readGlossaryCsv(text: string): ReadGlossary {
  const clean = text.replace(/^\ufeff/, '')
  let records: string[][]
  try {
    records = parse(clean, {
      delimiter: delimiterOf(clean),
      relax_column_count: true,
    }) as string[][]
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw new GlossaryCsvError('malformed', typeof line === 'number' ? line : undefined)
  }
  // Blank lines are kept until here so that each record's index is its row number, as a spreadsheet shows it.
  const numbered = records.map((record, i) => ({ record, row: i + 1 })).filter(({ record }) => !isBlankLine(record))
  const [first, ...body] = numbered
  const header = first?.record
  const columns = (header ?? []).map((name) => ALIASES[name.toLowerCase().replace(/[\s_-]/g, '')])
  const col = (name: (typeof CSV_COLUMNS)[number]) => columns.indexOf(name)
  if (col('source') < 0 || col('target') < 0) throw new GlossaryCsvError('noHeader')
  // A cell the export put behind an apostrophe so that spreadsheets do not run it (`'=SUM(1)`) is read without it.
  const cell = (record: string[], name: (typeof CSV_COLUMNS)[number]) => {
    const value = col(name) < 0 ? '' : (record[col(name)] ?? '')
    return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value
  }
  const rows: ReadTermRow[] = body.map(({ record, row: at }) => {
    const term = normalizeTerm({
      sourceTerm: cell(record, 'source'),
      targetTerm: cell(record, 'target'),
      partOfSpeech: cell(record, 'partOfSpeech'),
      definition: cell(record, 'definition'),
      note: cell(record, 'note'),
      forbidden: cell(record, 'forbidden').split(/[;|]/),
    })
    return typeof term === 'string' ? { at, problem: term, sourceTerm: cell(record, 'source').trim() } : { at, term }
  })
  return { rows }
}
