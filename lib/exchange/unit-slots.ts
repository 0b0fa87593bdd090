import type { SegmentStatus } from '@/lib/workbench/segment-states'
import {
  sourcePositionsOf,
  type ImportedHeader,
  type ImportedSegment,
  type ImportedUnit,
} from '@/lib/formats/imported-unit'
import { isEmptyDoc } from '@/lib/richtext/empty-doc'
import type { RichDoc } from '@/lib/richtext/types'
import { cleanContent, emptySegment, type PlannedComment, type PlannedLink, type PlannedSegment } from './import-plan'

/** One language's text of a slot, with the notes that become its comments. */
export type SlotTarget = {
  content: RichDoc
  text: string
  status: SegmentStatus
  createdAt?: Date
  updatedAt?: Date
  comments?: PlannedComment[]
}

/**
 * A unit placed on the document: `paragraphs` are the source positions it covers ([] = 0:1);
 * `source` is set when the import creates those paragraphs (one of its paragraphs each, see
 * `sourceParagraphDocs`). Targets by lower-case language.
 * `notes` are those of a unit with no target: each language's empty segment for it keeps them.
 */
export type Slot = {
  paragraphs: number[]
  source?: RichDoc
  targets: Record<string, SlotTarget>
  notes?: PlannedComment[]
}

export class SourceMismatchError extends Error {
  constructor(
    readonly unitIndex: number,
    readonly text: string,
  ) {
    super(`The source of unit ${unitIndex} does not match the document`)
    this.name = 'SourceMismatchError'
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, '')
const hasText = (c: PlannedComment) => c.text.trim() !== ''

/** The notes of a unit without targets (its own and its source's), which would otherwise have nowhere to go. */
function orphanNotes(unit: ImportedUnit): PlannedComment[] {
  if (unit.targets.length > 0) return []
  return [...unit.notes, ...(unit.source?.comments ?? [])].filter(hasText)
}
const MAX_JOINED = 10

/**
 * How many source paragraphs a unit of a new document brings: one, or, for a unit our own export wrote
 * from a link of several paragraphs (its source positions, its paragraphs joined), that many again.
 */
function paragraphsOfUnit(unit: ImportedUnit, source: RichDoc): number {
  const positions = sourcePositionsOf(unit)?.split(',').length ?? 1
  return positions > 1 && positions === source.content.length ? positions : 1
}

/** The paragraphs a slot's `source` makes: each of its paragraphs on its own when it covers as many positions. */
export function sourceParagraphDocs(source: RichDoc, count: number): RichDoc[] {
  if (count <= 1 || source.content.length !== count) return [source]
  return source.content.map((paragraph) => ({ type: 'doc', content: [paragraph] }))
}

function toTarget(seg: ImportedSegment): SlotTarget {
  const { content, text } = cleanContent(seg.content)
  return {
    content,
    text,
    status: seg.status ?? (isEmptyDoc(content) ? 'empty' : 'translated'),
    ...(seg.createdAt ? { createdAt: seg.createdAt } : {}),
    ...(seg.updatedAt ? { updatedAt: seg.updatedAt } : {}),
    ...(seg.comments.length > 0 ? { comments: seg.comments.filter(hasText) } : {}),
  }
}

export type SlotBuilder = {
  /** The slots a unit yields (with the paragraphs it skipped, for an existing document). */
  add(unit: ImportedUnit): Slot[]
  /** The slots of paragraphs after the last unit. */
  finish(): Slot[]
  /** Target languages in first-seen order, as the file spells them. */
  langs(): string[]
  /** Paragraphs a new document gets. */
  paragraphCount(): number
}

/**
 * Places units one by one, in flat memory. For a new document each unit with source text becomes
 * a paragraph. For an existing one (`paragraphTexts` given) each unit's source must equal a
 * paragraph or a run of up to 10 consecutive ones, in order (whitespace ignored); skipped
 * paragraphs become slots without targets; a unit that matches nothing throws `SourceMismatchError`.
 */
export function createSlotBuilder(
  header: Pick<ImportedHeader, 'sourceLang' | 'targetLangs'>,
  paragraphTexts?: readonly string[],
): SlotBuilder {
  const source = header.sourceLang.toLowerCase()
  const seen = new Map<string, string>()
  const see = (lang: string) => {
    const key = lang.toLowerCase()
    if (lang && key !== source && !seen.has(key)) seen.set(key, lang)
  }
  header.targetLangs.forEach(see)
  const squeezed = paragraphTexts?.map(squeeze)
  let next = 0
  let index = 0
  const targetsOf = (unit: ImportedUnit) => {
    const targets: Record<string, SlotTarget> = {}
    for (const t of unit.targets) {
      see(t.lang)
      const key = t.lang.toLowerCase()
      if (key !== source && !targets[key]) targets[key] = toTarget(t)
    }
    return targets
  }
  return {
    add(unit) {
      index++
      const cleaned = unit.source ? cleanContent(unit.source.content) : undefined
      const targets = targetsOf(unit)
      const notes = orphanNotes(unit)
      const withNotes = notes.length > 0 ? { notes } : {}
      if (!squeezed) {
        if (cleaned && cleaned.text !== '') {
          const count = paragraphsOfUnit(unit, cleaned.content)
          const paragraphs = Array.from({ length: count }, (_, i) => next + i)
          next += count
          return [{ paragraphs, source: cleaned.content, targets, ...withNotes }]
        }
        return [{ paragraphs: [], targets }]
      }
      const text = squeeze(cleaned?.text ?? '')
      if (text === '') return [{ paragraphs: [], targets }]
      for (let at = next; at < squeezed.length; at++) {
        let joined = ''
        for (let k = 0; k < MAX_JOINED && at + k < squeezed.length; k++) {
          joined += squeezed[at + k]
          if (joined.length > text.length) break
          if (joined !== text) continue
          const slots: Slot[] = []
          for (let skipped = next; skipped < at; skipped++) slots.push({ paragraphs: [skipped], targets: {} })
          slots.push({ paragraphs: Array.from({ length: k + 1 }, (_, i) => at + i), targets, ...withNotes })
          next = at + k + 1
          return slots
        }
      }
      throw new SourceMismatchError(index, cleaned?.text ?? '')
    },
    finish() {
      const slots: Slot[] = []
      if (squeezed)
        for (let skipped = next; skipped < squeezed.length; skipped++)
          slots.push({ paragraphs: [skipped], targets: {} })
      return slots
    },
    langs: () => [...seen.values()],
    paragraphCount: () => (squeezed ? 0 : next),
  }
}

/**
 * One language's segment and link for a slot, or null when the slot has nothing for it (a 0:1
 * slot without text in this language). A slot without this language's text gets an empty segment,
 * with the slot's notes.
 */
export function slotToLink(
  slot: Slot,
  lang: string,
  at: { segment: number; link: number },
): { segment: PlannedSegment; link: PlannedLink } | null {
  const found = slot.targets[lang.toLowerCase()]
  if (slot.paragraphs.length === 0 && (!found || isEmptyDoc(found.content))) return null
  const segment: PlannedSegment = found
    ? { position: at.segment, ...found, version: 1, hasAuthor: found.text !== '' }
    : { ...emptySegment(at.segment), ...(slot.notes ? { comments: slot.notes } : {}) }
  return {
    segment,
    link: { position: at.link, sources: slot.paragraphs, targets: [at.segment], confidence: null, confirmed: true },
  }
}
