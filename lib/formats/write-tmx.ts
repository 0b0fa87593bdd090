import type { AlignedDocument } from './aligned-document'
import { buildExportUnits } from './build-export-units'
import { createChunkBuffer } from './chunk-buffer'
import { createCodeMatcher } from './code-matcher'
import { docToPlainText } from './doc-to-plain-text'
import { docToTmx } from './doc-to-tmx'
import type { ExportOptions } from './export-options'
import type { ExportUnit, UnitTarget } from './export-unit'
import { normalizeLangTag } from './lang-tag'
import { formatTmxDate } from './tmx-date'
import { escapeXmlAttr, escapeXmlText } from './xml-escape'

export const CREATION_TOOL = 'Parallel'
export const CREATION_TOOL_VERSION = '0.1.0'

const prop = (type: string, value: string) => `<prop type="${type}">${escapeXmlText(value)}</prop>`

function attr(name: string, value: string | undefined): string {
  return value === undefined || value === '' ? '' : ` ${name}="${escapeXmlAttr(value)}"`
}

function dates(t: Pick<UnitTarget, 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'>): string {
  return (
    attr('creationdate', t.createdAt && formatTmxDate(t.createdAt)) +
    attr('creationid', t.createdBy) +
    attr('changedate', t.updatedAt && formatTmxDate(t.updatedAt)) +
    attr('changeid', t.updatedBy)
  )
}

function writeHeader(input: AlignedDocument, options: ExportOptions): string {
  const doc = input.document
  const origin = doc.origin ?? {}
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header' +
    attr('creationtool', CREATION_TOOL) +
    attr('creationtoolversion', CREATION_TOOL_VERSION) +
    attr('segtype', options.unit ?? 'paragraph') +
    attr('o-tmf', CREATION_TOOL) +
    attr('adminlang', 'en') +
    attr('srclang', normalizeLangTag(doc.sourceLang)) +
    attr('datatype', options.formatting === 'plain' ? 'plaintext' : 'html') +
    attr('o-encoding', 'UTF-8') +
    attr('creationdate', formatTmxDate(options.createdAt)) +
    '>' +
    prop('x-document-id', doc.id) +
    prop('x-document-title', doc.title) +
    (origin.sourceName ? prop('x-origin-source', origin.sourceName) : '') +
    (origin.date ? prop('x-origin-date', origin.date) : '') +
    (origin.copyright ? prop('x-origin-copyright', origin.copyright) : '') +
    (origin.url ? prop('x-origin-url', origin.url) : '') +
    '</header>\n<body>\n'
  )
}

function writeUnit(unit: ExportUnit, input: AlignedDocument, options: ExportOptions): string {
  const plain = options.formatting === 'plain'
  const matcher = createCodeMatcher()
  const seg = (doc: ExportUnit['source']) => `<seg>${plain ? escapeXmlText(docToPlainText(doc)) : docToTmx(doc, matcher)}</seg>`
  const headerSegtype = options.unit ?? 'paragraph'
  let out =
    `<tu tuid="${unit.index}"` +
    (unit.level !== headerSegtype ? ` segtype="${unit.level}"` : '') +
    '>' +
    prop('x-document', input.document.id) +
    prop('x-source-positions', unit.sourceParagraphs.map((p) => p.position).join(',')) +
    (unit.sentence === undefined ? '' : prop('x-sentence', String(unit.sentence))) +
    `<tuv xml:lang="${escapeXmlAttr(normalizeLangTag(input.document.sourceLang))}">${seg(unit.source)}</tuv>`
  for (const t of unit.targets) {
    out +=
      `<tuv xml:lang="${escapeXmlAttr(normalizeLangTag(t.lang))}"${dates(t)}>` +
      prop('x-status', t.status) +
      prop('x-link-type', t.linkType) +
      (t.confidence === null ? '' : prop('x-confidence', String(t.confidence))) +
      t.comments.map((c) => `<note>${escapeXmlText(`${c.author}: ${c.text}`)}</note>`).join('') +
      seg(t.content) +
      '</tuv>'
  }
  return `${out}</tu>\n`
}

/**
 * Streams a TMX 1.4b file: bilingual with one language, multilingual with several (see
 * `buildExportUnits` for how units are cut when the languages' links differ).
 */
export async function* writeTmx(input: AlignedDocument, options: ExportOptions): AsyncGenerator<string> {
  const buffer = createChunkBuffer()
  buffer.add(writeHeader(input, options))
  for await (const unit of buildExportUnits(input, options)) {
    const chunk = buffer.add(writeUnit(unit, input, options))
    if (chunk) yield chunk
  }
  buffer.add('</body>\n</tmx>\n')
  const rest = buffer.flush()
  if (rest) yield rest
}
