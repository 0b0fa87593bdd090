import type { ImportedHeader, ImportedSegment, ImportedUnit } from '@/lib/formats/imported-unit'
import { cleanContent, emptySegment, type ImportPlan, type PlannedSegment, type PlannedTranslation } from './import-plan'

/** A unit's source text matched to paragraphs of the document: `paragraphs` are positions ([] = 0:1). */
type Slot = { paragraphs: number[]; unit?: ImportedUnit }

export class SourceMismatchError extends Error {
  constructor(readonly unitIndex: number, readonly text: string) {
    super(`The source of unit ${unitIndex} does not match the document`)
    this.name = 'SourceMismatchError'
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, '')
const MAX_JOINED = 10

function toSegment(position: number, seg: ImportedSegment): PlannedSegment {
  const { content, text } = cleanContent(seg.content)
  return {
    position,
    content,
    text,
    status: seg.status ?? (text === '' ? 'empty' : 'translated'),
    version: 1,
    ...(seg.createdAt ? { createdAt: seg.createdAt } : {}),
    ...(seg.updatedAt ? { updatedAt: seg.updatedAt } : {}),
    hasAuthor: text !== '',
  }
}

/** Target languages in first-seen order, without the source language. */
function targetLangs(header: ImportedHeader, units: readonly ImportedUnit[]): string[] {
  const source = header.sourceLang.toLowerCase()
  const seen = new Map<string, string>()
  for (const lang of header.targetLangs) if (lang.toLowerCase() !== source) seen.set(lang.toLowerCase(), lang)
  for (const unit of units) for (const t of unit.targets) if (t.lang && t.lang.toLowerCase() !== source && !seen.has(t.lang.toLowerCase())) seen.set(t.lang.toLowerCase(), t.lang)
  return [...seen.values()]
}

function buildTranslations(langs: string[], slots: Slot[]): PlannedTranslation[] {
  return langs.map((lang) => {
    const key = lang.toLowerCase()
    const translation: PlannedTranslation = { lang, segments: [], links: [] }
    for (const slot of slots) {
      const found = slot.unit?.targets.find((t) => t.lang.toLowerCase() === key)
      if (slot.paragraphs.length === 0 && (!found || found.text.trim() === '')) continue
      const segment = found ? toSegment(translation.segments.length, found) : emptySegment(translation.segments.length)
      translation.links.push({ position: translation.links.length, sources: slot.paragraphs, targets: [translation.segments.length], confidence: null, confirmed: true })
      translation.segments.push(segment)
    }
    return translation
  })
}

/** TMX or XLIFF units as a new document: one paragraph per unit with a source, 1:1 links per language. */
export function planNewDocumentFromUnits(header: ImportedHeader, units: readonly ImportedUnit[], meta: { title: string; fileName: string }): ImportPlan {
  const paragraphs: ImportPlan['paragraphs'] = []
  const slots: Slot[] = []
  for (const unit of units) {
    const source = unit.source && cleanContent(unit.source.content)
    if (source && source.text !== '') {
      slots.push({ paragraphs: [paragraphs.length], unit })
      paragraphs.push(source.content)
    } else {
      slots.push({ paragraphs: [], unit })
    }
  }
  return {
    document: { kind: 'new', title: meta.title, sourceLang: header.sourceLang, origin: { fileName: meta.fileName, ...(header.tool ? { sourceName: header.tool } : {}) } },
    paragraphs,
    translations: buildTranslations(targetLangs(header, units), slots),
  }
}

/**
 * TMX or XLIFF units as new languages of an existing document. Each unit's source must equal one
 * paragraph, or a run of consecutive paragraphs (a 2:1 link), in order; paragraphs the file
 * skips get empty segments. Throws `SourceMismatchError` at the first unit that matches nothing.
 */
export function planNewLanguagesFromUnits(documentId: string, paragraphTexts: readonly string[], header: ImportedHeader, units: readonly ImportedUnit[]): ImportPlan {
  const squeezed = paragraphTexts.map(squeeze)
  const slots: Slot[] = []
  let next = 0
  units.forEach((unit, index) => {
    const text = squeeze(unit.source ? cleanContent(unit.source.content).text : '')
    if (text === '') {
      slots.push({ paragraphs: [], unit })
      return
    }
    for (let at = next; at < squeezed.length; at++) {
      let joined = ''
      for (let k = 0; k < MAX_JOINED && at + k < squeezed.length; k++) {
        joined += squeezed[at + k]
        if (joined.length > text.length) break
        if (joined === text) {
          for (let skipped = next; skipped < at; skipped++) slots.push({ paragraphs: [skipped] })
          slots.push({ paragraphs: Array.from({ length: k + 1 }, (_, i) => at + i), unit })
          next = at + k + 1
          return
        }
      }
    }
    throw new SourceMismatchError(index + 1, unit.source ? cleanContent(unit.source.content).text : '')
  })
  for (let skipped = next; skipped < squeezed.length; skipped++) slots.push({ paragraphs: [skipped] })
  return { document: { kind: 'existing', id: documentId }, paragraphs: [], translations: buildTranslations(targetLangs(header, units), slots) }
}
