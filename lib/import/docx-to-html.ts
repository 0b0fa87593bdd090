import mammoth from 'mammoth'
import { AppError } from '../errors'

/** Converts a .docx file to HTML (bold, italic, links, paragraphs) for `splitArticle`. */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    return result.value
  } catch {
    throw new AppError('import.binary')
  }
}
