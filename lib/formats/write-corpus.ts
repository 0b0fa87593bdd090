import { CREATION_TOOL, CREATION_TOOL_VERSION } from './write-tmx'
import { normalizeLangTag } from './lang-tag'
import { formatTmxDate } from './tmx-date'
import { escapeXmlAttr, escapeXmlText } from './xml-escape'

/** A sentence pair of a corpus, tagged with the document it comes from. */
export type CorpusUnit = { document: string; source: string; target: string; confidence: number }

export type CorpusFormat = 'tmx' | 'jsonl'

/**
 * Writes a corpus of many documents a unit at a time (nothing is held): TMX 1.4b, a `<tu>` per
 * unit with a unique `tuid` and `<prop type="x-document">`, or JSON Lines, an object per unit.
 */
export type CorpusWriter = { head: string; unit: (unit: CorpusUnit) => string; tail: string }

const round = (confidence: number) => Math.round(confidence * 1000) / 1000

export function createCorpusWriter(
  format: CorpusFormat,
  { sourceLang, targetLang, createdAt }: { sourceLang: string; targetLang: string; createdAt: Date },
): CorpusWriter {
  const source = normalizeLangTag(sourceLang)
  const target = normalizeLangTag(targetLang)
  if (format === 'jsonl') {
    return {
      head: '',
      unit: (u) =>
        `${JSON.stringify({ document: u.document, source: u.source, target: u.target, sourceLang: source, targetLang: target, confidence: round(u.confidence) })}\n`,
      tail: '',
    }
  }
  const sourceTuv = `<tuv xml:lang="${escapeXmlAttr(source)}"><seg>`
  const targetTuv = `</seg></tuv><tuv xml:lang="${escapeXmlAttr(target)}"><seg>`
  let tuid = 0
  return {
    head:
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
      `<header creationtool="${CREATION_TOOL}" creationtoolversion="${CREATION_TOOL_VERSION}" segtype="sentence"` +
      ` o-tmf="${CREATION_TOOL}" adminlang="en" srclang="${escapeXmlAttr(source)}" datatype="plaintext"` +
      ` o-encoding="UTF-8" creationdate="${formatTmxDate(createdAt)}"></header>\n<body>\n`,
    unit: (u) =>
      `<tu tuid="${++tuid}"><prop type="x-document">${escapeXmlText(u.document)}</prop>` +
      `<prop type="x-confidence">${round(u.confidence)}</prop>` +
      `${sourceTuv}${escapeXmlText(u.source)}${targetTuv}${escapeXmlText(u.target)}</seg></tuv></tu>\n`,
    tail: '</body>\n</tmx>\n',
  }
}

/** The format an output file's name asks for: `.jsonl` (or `.ndjson`) is JSON Lines, anything else TMX. */
export function corpusFormatOf(fileName: string): CorpusFormat {
  return /\.(jsonl|ndjson)$/i.test(fileName) ? 'jsonl' : 'tmx'
}
