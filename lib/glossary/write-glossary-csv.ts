import { stringify } from 'csv-stringify/sync'
import { CSV_COLUMNS } from './read-glossary-csv'
import type { TermFields } from './term'

/**
 * A glossary as CSV: a BOM (so spreadsheets read UTF-8), a header row of `CSV_COLUMNS`, one row per
 * term pair, forbidden variants joined with `; `. `readGlossaryCsv` reads it back.
 */
export function writeGlossaryCsv(terms: TermFields[]): string {
  const rows = terms.map((t) => [
    t.sourceTerm,
    t.targetTerm,
    t.partOfSpeech,
    t.definition,
    t.note,
    t.forbidden.join('; '),
  ])
  return '\ufeff' + stringify([[...CSV_COLUMNS], ...rows], { record_delimiter: '\r\n' })
}
