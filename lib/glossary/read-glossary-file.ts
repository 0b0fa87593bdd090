import { problemOfError } from '../exchange/check-exchange-file'
import { AppError } from '../errors'
import { FormatError } from '../formats/format-error'
import type { ReadGlossary } from './glossary-file'
import { GlossaryCsvError, readGlossaryCsv } from './read-glossary-csv'
import { readTbx } from './read-tbx'
import type { LangPair } from './term'

export type GlossaryFormat = 'csv' | 'tbx'

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('glossary.invalidFile', { format: 'csv', reason: 'encoding' })
  }
}

/**
 * Reads an uploaded CSV or TBX glossary into its rows, each a term or why it is left out; a file that
 * cannot be read throws `glossary.invalidFile` or `import.invalidFile` with its problem.
 */
export async function readGlossaryFile(
  bytes: Uint8Array,
  format: GlossaryFormat,
  pair: LangPair,
): Promise<ReadGlossary> {
  try {
    if (format === 'tbx') return await readTbx(bytes, pair)
    return readGlossaryCsv(decodeUtf8(bytes))
  } catch (error) {
    if (error instanceof FormatError)
      throw new AppError('import.invalidFile', { format, problems: [problemOfError(error)] })
    if (error instanceof GlossaryCsvError)
      throw new AppError('glossary.invalidFile', { format, reason: error.reason, line: error.line })
    throw error
  }
}
