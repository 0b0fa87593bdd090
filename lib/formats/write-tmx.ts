import type { AlignedDocument } from './aligned-document'
import { exportUnitSteps } from './build-export-units'
import { chunked, type Piece } from './chunked'
import { createCodeMatcher, type CodeMatcher } from './code-matcher'
import { docToLine } from '@/lib/richtext/doc-to-text'
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

/** What every unit of one file shares, worked out once per file. */
type TmxWriter = {
  plain: boolean
  headerSegtype: string
  documentProp: string
  sourceTuv: string
  /** `<tuv xml:lang="…"` of each target language, as given in the links. */
  tuvOpen: Map<string, string>
  matcher: CodeMatcher
}

function createTmxWriter(input: AlignedDocument, options: ExportOptions): TmxWriter {
  return {
    plain: options.formatting === 'plain',
    headerSegtype: options.unit ?? 'paragraph',
    documentProp: prop('x-document', input.document.id),
    sourceTuv: `<tuv xml:lang="${escapeXmlAttr(normalizeLangTag(input.document.sourceLang))}">`,
    tuvOpen: new Map(),
    matcher: createCodeMatcher(),
  }
}

function seg(w: TmxWriter, doc: ExportUnit['source']): string {
  return `<seg>${w.plain ? escapeXmlText(docToLine(doc)) : docToTmx(doc, w.matcher)}</seg>`
}

function writeUnit(unit: ExportUnit, w: TmxWriter): string {
  w.matcher.startUnit()
  let out =
    `<tu tuid="${unit.index}"` +
    (unit.level !== w.headerSegtype ? ` segtype="${unit.level}"` : '') +
    '>' +
    w.documentProp +
    prop('x-source-positions', unit.sourceParagraphs.map((p) => p.position).join(',')) +
    (unit.sentence === undefined ? '' : prop('x-sentence', String(unit.sentence))) +
    `${w.sourceTuv}${seg(w, unit.source)}</tuv>`
  for (const t of unit.targets) {
    let open = w.tuvOpen.get(t.lang)
    if (open === undefined) w.tuvOpen.set(t.lang, (open = `<tuv xml:lang="${escapeXmlAttr(normalizeLangTag(t.lang))}"`))
    let notes = ''
    for (const c of t.comments) notes += `<note>${escapeXmlText(c.author ? `${c.author}: ${c.text}` : c.text)}</note>`
    out +=
      `${open}${dates(t)}>` +
      prop('x-status', t.status) +
      prop('x-link-type', t.linkType) +
      (t.confidence === null ? '' : prop('x-confidence', String(t.confidence))) +
      notes +
      seg(w, t.content) +
      '</tuv>'
  }
  return `${out}</tu>\n`
}

/**
 * Streams a TMX 1.4b file: bilingual with one language, multilingual with several (see
 * `buildExportUnits` for how units are cut when the languages' links differ).
 */
export function writeTmx(input: AlignedDocument, options: ExportOptions): AsyncGenerator<string> {
  return chunked(tmxPieces(input, options))
}

function* tmxPieces(input: AlignedDocument, options: ExportOptions): Generator<Piece> {
  yield writeHeader(input, options)
  const writer = createTmxWriter(input, options)
  for (const step of exportUnitSteps(input, options)) yield step instanceof Promise ? step : writeUnit(step, writer)
  yield '</body>\n</tmx>\n'
}
