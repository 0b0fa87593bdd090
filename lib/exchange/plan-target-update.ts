import type { SegmentStatus } from '@/lib/workbench/segment-states'
import { sourcePositionsOf, type ImportedUnit } from '@/lib/formats/imported-unit'
import { docToLine } from '@/lib/richtext/doc-to-text'
import { hasFormatting } from '@/lib/richtext/has-formatting'
import { joinDocs } from '@/lib/richtext/join-docs'
import { emptyDoc, isEmptyDoc } from '@/lib/richtext/empty-doc'
import { isSameDoc } from '@/lib/richtext/is-same-doc'
import type { RichDoc } from '@/lib/richtext/types'
import { nextStatus } from '@/lib/workbench/segment-states'
import { cleanContent } from './import-plan'

/** A stored target segment as the update sees it. */
export type CurrentSegment = { id: string; content: RichDoc; status: SegmentStatus; version: number }

/** A stored alignment link: source paragraph positions and its target segments in order. */
export type CurrentLink = { sources: number[]; targets: CurrentSegment[] }

/** A new state of one segment; `version` is the one it was planned from. */
export type SegmentChange = { id: string; version: number; content: RichDoc; text: string; status: SegmentStatus }

export type TargetUpdatePlan = { changes: SegmentChange[]; updated: number; unchanged: number }

/** A unit of the file that cannot be applied: it matches no link, or its link has no target segment. */
export class UnitUpdateError extends Error {
  constructor(
    readonly reason: 'noMatch' | 'noSegment',
    readonly unit: string,
    readonly text: string,
  ) {
    super(`Unit ${unit} cannot update the translation (${reason})`)
    this.name = 'UnitUpdateError'
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, '')

// Plain text as a plain export writes it (hard breaks as line breaks, paragraphs joined by a space),
// with each run of XML whitespace as one space: a CAT tool may rewrap lines, but a space added or
// removed between words, or a no-break space, is an edit.
const plainLine = (doc: RichDoc) =>
  docToLine(doc)
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()

/** True when the file carries no formatting at all (no marks, no paragraph joins): a plain export. */
function isPlainFile(units: readonly ImportedUnit[]): boolean {
  return units.every((u) => !hasFormatting(u.source?.content) && u.targets.every((t) => !hasFormatting(t.content)))
}

/** Finds each unit's link: by the exported source positions when their text still agrees, else by source text in order. */
function createLinkMatcher(links: readonly CurrentLink[], paragraphTexts: readonly string[]) {
  const keys = links.map((l) => squeeze(l.sources.map((p) => paragraphTexts[p] ?? '').join('')))
  const byPositions = new Map(links.map((l, i) => [l.sources.join(','), i]))
  const byKey = new Map<string, number[]>()
  keys.forEach((key, i) => byKey.set(key, [...(byKey.get(key) ?? []), i]))
  const used = new Set<number>()
  let cursor = 0
  return (unit: ImportedUnit, sourceText: string): number | undefined => {
    const key = squeeze(sourceText)
    const positions = sourcePositionsOf(unit)
    let found = positions === undefined ? undefined : byPositions.get(positions)
    if (found !== undefined && (used.has(found) || keys[found] !== key)) found = undefined
    if (found === undefined) {
      const candidates = (byKey.get(key) ?? []).filter((i) => !used.has(i))
      found = candidates.find((i) => i >= cursor) ?? candidates[0]
    }
    if (found !== undefined) {
      used.add(found)
      cursor = found + 1
    }
    return found
  }
}

/** The segment changes one unit's target implies for its link. */
function changesFor(
  link: CurrentLink,
  target: { content: RichDoc; status?: SegmentStatus; isStatusGuessed?: boolean },
  isPlain: boolean,
): SegmentChange[] {
  const requested = target.isStatusGuessed ? undefined : target.status
  const fresh = cleanContent(target.content)
  const current = link.targets.length === 1 ? link.targets[0]!.content : joinDocs(link.targets.map((s) => s.content))
  // A file without formatting cannot say the formatting changed: the same text keeps the stored content.
  const isChanged = !isSameDoc(current, fresh.content) && !(isPlain && plainLine(current) === plainLine(fresh.content))
  const changes: SegmentChange[] = []
  link.targets.forEach((segment, i) => {
    // Several target segments: the new text goes into the first, the others are emptied.
    const next = isChanged ? (i === 0 ? fresh : { content: emptyDoc(), text: '' }) : cleanContent(segment.content)
    const isEmpty = isEmptyDoc(next.content)
    const isSegmentChanged = isChanged && !isSameDoc(segment.content, next.content)
    const status: SegmentStatus = isEmpty
      ? 'empty'
      : requested && requested !== 'empty'
        ? requested
        : nextStatus(segment.status, { isEmpty, isChanged: isSegmentChanged })
    if (isSegmentChanged || status !== segment.status)
      changes.push({ id: segment.id, version: segment.version, content: next.content, text: next.text, status })
  })
  return changes
}

/**
 * Plans updating one translation from a file's units. Each unit must match one link of the
 * translation (0:1 links match units without source text); otherwise `UnitUpdateError` is thrown
 * and nothing is planned. A unit without a target in `lang` only has to match. In a file without
 * any formatting (a plain export), a target with the stored plain text keeps the stored content.
 */
export function planTargetUpdate(
  units: readonly ImportedUnit[],
  links: readonly CurrentLink[],
  paragraphTexts: readonly string[],
  lang: string,
): TargetUpdatePlan {
  const match = createLinkMatcher(links, paragraphTexts)
  const isPlain = isPlainFile(units)
  const changes: SegmentChange[] = []
  let updated = 0
  let unchanged = 0
  units.forEach((unit, index) => {
    const label = unit.id ?? String(index + 1)
    const sourceText = unit.source ? cleanContent(unit.source.content).text : ''
    const at = match(unit, sourceText)
    if (at === undefined) throw new UnitUpdateError('noMatch', label, sourceText.slice(0, 200))
    const target = unit.targets.find((t) => t.lang.toLowerCase() === lang.toLowerCase())
    if (!target) return void unchanged++
    const link = links[at]!
    if (link.targets.length === 0) {
      if (target.text.trim() === '') return void unchanged++
      throw new UnitUpdateError('noSegment', label, sourceText.slice(0, 200))
    }
    const made = changesFor(link, target, isPlain)
    if (made.length === 0) unchanged++
    else {
      updated++
      changes.push(...made)
    }
  })
  return { changes, updated, unchanged }
}
