import { stringify } from 'csv-stringify/sync'
import { CSV_COLUMNS, FORMULA_START } from './read-glossary-csv'
import type { TermFields } from './term'

/** The start of a glossary CSV: a BOM (so spreadsheets read UTF-8) and the header row of `CSV_COLUMNS`. */
export function writeGlossaryCsvHeader(): string {
  return '\ufeff' + stringify([[...CSV_COLUMNS]], { record_delimiter: '\r\n' })
}

/** A cell as the export writes it: behind one more apostrophe when it could start a formula (`FORMULA_START`). */
const asText = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell)

/** The CSV rows of some term pairs, to follow the header (an export writes them a batch at a time). */
export function writeGlossaryCsvRows(terms: TermFields[]): string {
  const rows = terms.map((t) =>
    [t.sourceTerm, t.targetTerm, t.partOfSpeech, t.definition, t.note, t.forbidden.join('; ')].map(asText),
  )
  return stringify(rows, { record_delimiter: '\r\n' })
}

/**
 * A glossary as CSV: a BOM, a header row of `CSV_COLUMNS`, one row per term pair, forbidden variants joined
 * with `; `. `readGlossaryCsv` reads it back.
 */
export function writeGlossaryCsv(terms: TermFields[]): string {
  return writeGlossaryCsvHeader() + writeGlossaryCsvRows(terms)
}
