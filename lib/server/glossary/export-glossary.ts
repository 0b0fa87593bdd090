import type { DbOrTx } from '../../db/client'
import { listGlossaryTermBatches, type LangPair } from '../../db/glossary'
import { writeGlossaryCsvHeader, writeGlossaryCsvRows } from '../../glossary/write-glossary-csv'
import { writeTbxEnd, writeTbxEntries, writeTbxStart } from '../../glossary/write-tbx'
import type { GlossaryFormat } from './import-glossary'

/** Terms an export reads a statement: 200,000 read at once took 560 MB of heap (CSV), 824 MB (TBX). */
export const GLOSSARY_EXPORT_BATCH = 1000

async function* glossaryText(db: DbOrTx, pair: LangPair, format: GlossaryFormat, batch: number) {
  yield format === 'csv' ? writeGlossaryCsvHeader() : writeTbxStart(pair)
  for await (const terms of listGlossaryTermBatches(db, pair, batch))
    yield format === 'csv' ? writeGlossaryCsvRows(terms) : writeTbxEntries(terms, pair)
  if (format === 'tbx') yield writeTbxEnd()
}

/**
 * A language pair's glossary as a CSV or TBX-Basic file: its text in chunks that read the terms `batch` at a
 * time as they are asked for (stream them with `streamText`, so a slow client slows the reads), its content
 * type and file name.
 */
export function exportGlossary(
  db: DbOrTx,
  pair: LangPair,
  format: GlossaryFormat,
  batch = GLOSSARY_EXPORT_BATCH,
): { chunks: AsyncGenerator<string>; contentType: string; fileName: string } {
  const fileName = `glossary-${pair.srcLang}-${pair.tgtLang}.${format}`
  const contentType = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-tbx+xml; charset=utf-8'
  return { chunks: glossaryText(db, pair, format, batch), contentType, fileName }
}
