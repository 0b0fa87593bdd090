import type { DbOrTx } from '../../db/client'
import { listGlossaryTerms, type LangPair } from '../../db/glossary'
import { writeGlossaryCsv } from '../../glossary/write-glossary-csv'
import { writeTbx } from '../../glossary/write-tbx'
import type { GlossaryFormat } from './import-glossary'

/** A language pair's glossary as a CSV or TBX-Basic file: its text, content type and file name. */
export async function exportGlossary(
  db: DbOrTx,
  pair: LangPair,
  format: GlossaryFormat,
): Promise<{ body: string; contentType: string; fileName: string }> {
  const terms = await listGlossaryTerms(db, pair)
  const fileName = `glossary-${pair.srcLang}-${pair.tgtLang}.${format}`
  return format === 'csv'
    ? { body: writeGlossaryCsv(terms), contentType: 'text/csv; charset=utf-8', fileName }
    : { body: writeTbx(terms, pair), contentType: 'application/x-tbx+xml; charset=utf-8', fileName }
}
