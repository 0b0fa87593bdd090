import { segmentSentences } from '../align/segment-sentences'
import { prepareArticle } from '../import/prepare-article'
import { docToLine } from '../richtext/doc-to-text'

/**
 * A document file (.txt, .md, .html, .docx) as the sentences of each of its paragraphs, read as the
 * article import reads it (`prepareArticle`: encoding, zip bombs, size limits), or a user-facing AppError.
 */
export async function readDocumentSentences(
  file: { bytes: Uint8Array; fileName: string },
  lang: string,
  maxBytes: number,
): Promise<string[][]> {
  const paragraphs = await prepareArticle({ kind: 'file', ...file }, maxBytes)
  return paragraphs.map((paragraph) => segmentSentences(docToLine(paragraph), lang))
}
