import type { SegmentStatus } from '@/lib/workbench/segment-states'
import type { AlignedDocument } from './aligned-document'
import { exportUnitSteps } from './build-export-units'
import { chunked, type Piece } from './chunked'
import { createCodeMatcher, type CodeMatcher } from './code-matcher'
import { docToLine } from '@/lib/richtext/doc-to-text'
import { createOriginalData, docToXliff } from './doc-to-xliff'
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

const attr = (name: string, value: string | undefined) =>
  value === undefined || value === '' ? '' : ` ${name}="${escapeXmlAttr(value)}"`

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
    `<unit id="u${unit.index}"` +
    attr('prl:sourcePositions', unit.sourceParagraphs.map((p) => p.position).join(',')) +
    attr('prl:sentence', unit.sentence?.toString()) +
    attr('prl:linkType', target?.linkType) +
    attr('prl:confidence', target?.confidence?.toString()) +
    attr('prl:confirmed', target ? String(target.confirmed) : undefined) +
    attr('prl:createdBy', target?.createdBy) +
    attr('prl:createdAt', target?.createdAt?.toISOString()) +
    attr('prl:updatedBy', target?.updatedBy) +
    attr('prl:updatedAt', target?.updatedAt?.toISOString()) +
    '>' +
    (notes ? `<notes>${notes}</notes>` : '') +
    data.toXml() +
    `<segment id="s1" state="${XLIFF_STATE[status]}" subState="prl:${status}"><source>${source}</source>${targetXml}</segment></unit>\n`
  )
}

/** Streams a bilingual XLIFF 2.1 file: one `<unit>` per link (or sentence link), state from the status. */
export function writeXliff(input: AlignedDocument, options: ExportOptions): AsyncGenerator<string> {
  return chunked(xliffPieces(input, options))
}

function* xliffPieces(input: AlignedDocument, options: ExportOptions): Generator<Piece> {
  const languages = options.languages ?? input.translations.map((t) => t.lang)
  if (languages.length !== 1)
    throw new FormatError('errors.export.languages', 'XLIFF is bilingual: choose exactly one target language')
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
