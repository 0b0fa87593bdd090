import type { SegmentStatus } from '@/lib/workbench/segment-states'
import type { AlignedDocument } from './aligned-document'
import { exportUnitSteps } from './build-export-units'
import { chunked, type Piece } from './chunked'
import { createCodeMatcher, type CodeMatcher } from './code-matcher'
import { docToLine } from '@/lib/richtext/doc-to-text'
import { createOriginalData, docToXliff, docToXliff12 } from './doc-to-xliff'
import type { ExportOptions } from './export-options'
import type { ExportUnit } from './export-unit'
import { FormatError } from './format-error'
import { normalizeLangTag } from './lang-tag'
import { escapeXmlAttr, escapeXmlText } from './xml-escape'

/** Namespace of the project's own XLIFF attributes (`prl:`). */
export const PARALLEL_XLIFF_NS = 'urn:parallel:xliff:1'

/** XLIFF 2 `state` of each status; `subState="prl:<status>"` keeps the exact status. */
export const XLIFF_STATE: Record<SegmentStatus, 'initial' | 'translated' | 'reviewed' | 'final'> = {
  rejected: 'initial',
  empty: 'initial',
  draft: 'initial',
  translated: 'translated',
  approved: 'final',
}

/** XLIFF 1.2 `state` of each status; `prl:status` on the `<trans-unit>` keeps the exact status. */
export const XLIFF12_STATE: Record<SegmentStatus, 'needs-translation' | 'translated' | 'signed-off'> = {
  rejected: 'needs-translation',
  empty: 'needs-translation',
  draft: 'needs-translation',
  translated: 'translated',
  approved: 'signed-off',
}

const attr = (name: string, value: string | undefined) =>
  value === undefined || value === '' ? '' : ` ${name}="${escapeXmlAttr(value)}"`

/** The link's metadata as `prl:` attributes of its unit (XLIFF 2 `<unit>`, 1.2 `<trans-unit>`). */
function unitAttributes(unit: ExportUnit): string {
  const target = unit.targets[0]
  return (
    attr('prl:sourcePositions', unit.sourceParagraphs.map((p) => p.position).join(',')) +
    attr('prl:sentence', unit.sentence?.toString()) +
    attr('prl:linkType', target?.linkType) +
    attr('prl:confidence', target?.confidence?.toString()) +
    attr('prl:confirmed', target ? String(target.confirmed) : undefined) +
    attr('prl:createdBy', target?.createdBy) +
    attr('prl:createdAt', target?.createdAt?.toISOString()) +
    attr('prl:updatedBy', target?.updatedBy) +
    attr('prl:updatedAt', target?.updatedAt?.toISOString())
  )
}

function writeUnit(unit: ExportUnit, plain: boolean, matcher: CodeMatcher): string {
  const target = unit.targets[0]
  matcher.startUnit()
  const data = createOriginalData()
  const inline = (doc: ExportUnit['source']) => (plain ? escapeXmlText(docToLine(doc)) : docToXliff(doc, matcher, data))
  const source = inline(unit.source)
  const hasTarget = target !== undefined && target.segments.length > 0
  const targetXml = hasTarget ? `<target>${inline(target.content)}</target>` : ''
  const status = hasTarget ? target.status : 'empty'
  const notes = (target?.comments ?? [])
    .map(
      (c) =>
        `<note appliesTo="target" category="comment"${attr('prl:author', c.author)}${attr('prl:createdAt', c.createdAt.toISOString())}>${escapeXmlText(c.text)}</note>`,
    )
    .join('')
  return (
    `<unit id="u${unit.index}"${unitAttributes(unit)}>` +
    (notes ? `<notes>${notes}</notes>` : '') +
    data.toXml() +
    `<segment id="s1" state="${XLIFF_STATE[status]}" subState="prl:${status}"><source>${source}</source>${targetXml}</segment></unit>\n`
  )
}

/** Streams a bilingual XLIFF 2.1 file: one `<unit>` per link (or sentence link), state from the status. */
export function writeXliff(input: AlignedDocument, options: ExportOptions): AsyncGenerator<string> {
  return chunked(xliffPieces(input, options))
}

/** The one target language of a bilingual XLIFF export. */
function targetLanguage(input: AlignedDocument, options: ExportOptions): string {
  const languages = options.languages ?? input.translations.map((t) => t.lang)
  if (languages.length !== 1)
    throw new FormatError('errors.export.languages', 'XLIFF is bilingual: choose exactly one target language')
  return languages[0]!
}

function* xliffPieces(input: AlignedDocument, options: ExportOptions): Generator<Piece> {
  const languages = [targetLanguage(input, options)]
  const doc = input.document
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:prl="${PARALLEL_XLIFF_NS}" version="2.1"` +
    `${attr('srcLang', normalizeLangTag(doc.sourceLang))}${attr('trgLang', normalizeLangTag(languages[0]!))}` +
    `${attr('prl:exportedAt', options.createdAt.toISOString())}>\n` +
    `<file id="f1"${attr('original', doc.id)}${attr('prl:title', doc.title)}${attr('prl:unit', options.unit ?? 'paragraph')}>\n`
  )
  const matcher = createCodeMatcher()
  let count = 0
  for (const step of exportUnitSteps(input, { ...options, languages })) {
    if (step instanceof Promise) {
      yield step
      continue
    }
    count++
    yield writeUnit(step, options.formatting === 'plain', matcher)
  }
  // A <file> needs at least one child unit or group.
  yield `${count === 0 ? '<group id="empty"/>\n' : ''}</file>\n</xliff>\n`
}

function writeUnit12(unit: ExportUnit, plain: boolean, matcher: CodeMatcher): string {
  const target = unit.targets[0]
  matcher.startUnit()
  const inline = (doc: ExportUnit['source']) => (plain ? escapeXmlText(docToLine(doc)) : docToXliff12(doc, matcher))
  const source = inline(unit.source)
  const hasTarget = target !== undefined && target.segments.length > 0
  const status = hasTarget ? target.status : 'empty'
  const notes = (target?.comments ?? [])
    .map(
      (c) =>
        `<note annotates="target"${attr('from', c.author)}${attr('prl:createdAt', c.createdAt.toISOString())}>${escapeXmlText(c.text)}</note>`,
    )
    .join('')
  return (
    `<trans-unit id="u${unit.index}"${status === 'approved' ? ' approved="yes"' : ''}${attr('prl:status', status)}${unitAttributes(unit)}>` +
    `<source>${source}</source>` +
    (hasTarget ? `<target state="${XLIFF12_STATE[status]}">${inline(target.content)}</target>` : '') +
    `${notes}</trans-unit>\n`
  )
}

/**
 * Streams a bilingual XLIFF 1.2 file, for the tools that read 1.2 only (translate-toolkit, older CAT
 * tools): one `<trans-unit>` per link (or sentence link), `state` and `approved` from the status.
 */
export function writeXliff12(input: AlignedDocument, options: ExportOptions): AsyncGenerator<string> {
  return chunked(xliff12Pieces(input, options))
}

function* xliff12Pieces(input: AlignedDocument, options: ExportOptions): Generator<Piece> {
  const lang = targetLanguage(input, options)
  const doc = input.document
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:prl="${PARALLEL_XLIFF_NS}" version="1.2">\n` +
    `<file${attr('original', doc.id)}${attr('source-language', normalizeLangTag(doc.sourceLang))}` +
    `${attr('target-language', normalizeLangTag(lang))} datatype="plaintext"` +
    `${attr('date', options.createdAt.toISOString())} tool-id="parallel"` +
    `${attr('prl:title', doc.title)}${attr('prl:unit', options.unit ?? 'paragraph')}>\n` +
    '<header><tool tool-id="parallel" tool-name="Parallel"/></header>\n<body>\n'
  )
  const matcher = createCodeMatcher()
  for (const step of exportUnitSteps(input, { ...options, languages: [lang] })) {
    if (step instanceof Promise) yield step
    else yield writeUnit12(step, options.formatting === 'plain', matcher)
  }
  yield '</body>\n</file>\n</xliff>\n'
}
