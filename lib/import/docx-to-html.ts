import mammoth from 'mammoth'
import { AppError } from '../errors'
import { checkZipInflatedSize } from './check-zip-inflated-size'

/**
 * The most a .docx may unpack to. Text XML deflates about 10:1 and images hardly at all, so a real
 * file within the upload limit stays well under it; a decompression bomb does not.
 */
export const MAX_DOCX_INFLATED_BYTES = 50 * 1024 * 1024

/**
 * A UTF-16 surrogate without its pair. XML forbids one, but mammoth's parser takes a reference like
 * `&#xD800;`, and the database cannot store it: it becomes U+FFFD, as the HTML parser makes it in an .html file.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Converts a .docx file to HTML (bold, italic, links, paragraphs) for `splitArticle`. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  // Checked by inflating before mammoth sees the file: mammoth would inflate a bomb whole.
  const refusal = checkZipInflatedSize(bytes, MAX_DOCX_INFLATED_BYTES)
  if (refusal === 'tooLarge') throw new AppError('import.docxTooLarge')
  if (refusal) throw new AppError('import.binary')
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    return result.value.replace(LONE_SURROGATE, '\ufffd')
  } catch {
    throw new AppError('import.binary')
  }
}
