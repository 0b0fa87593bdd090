import type { RichDoc } from '@/lib/richtext/types'
import { leastFinished, type SegmentStatus } from '@/lib/workbench/segment-states'
import type { AlignedLink, ReviewComment, SourceParagraph, TargetSegment } from './aligned-document'
import { linkTypeOf } from './aligned-document'
import { passesStatusFilter, type ResolvedExportOptions } from './export-options'
import { isEmptyDoc } from '@/lib/richtext/empty-doc'
import { joinDocs } from '@/lib/richtext/join-docs'

/** One language's side of an export unit. */
export type UnitTarget = {
  lang: string
  translationId: string
  /** Every link of this language inside the unit (several when another language merged paragraphs). */
  links: AlignedLink[]
  segments: TargetSegment[]
  content: RichDoc
  status: SegmentStatus
  /** Source paragraphs : target segments of this language inside the unit, e.g. '2:1'. */
  linkType: string
  confidence: number | null
  confirmed: boolean
  createdAt?: Date
  createdBy?: string
  updatedAt?: Date
  updatedBy?: string
  comments: ReviewComment[]
}

/** What every writer receives: one TMX `<tu>`, XLIFF `<unit>` or JSON record. */
export type ExportUnit = {
  /** 1-based place in the output. */
  index: number
  level: 'paragraph' | 'sentence'
  /** 1-based sentence number inside the paragraph unit, at sentence level. */
  sentence?: number
  sourceParagraphs: SourceParagraph[]
  source: RichDoc
  /** Included languages only, in the order of the options. */
  targets: UnitTarget[]
}

/** Builds one language's side from its links in a unit; `content` overrides the joined segments. */
export function buildUnitTarget(
  lang: string,
  translationId: string,
  links: AlignedLink[],
  content?: RichDoc,
): UnitTarget {
  // Plain loops: this runs for every language of every unit of an export.
  const segments: TargetSegment[] = []
  const comments: ReviewComment[] = []
  let sources = 0
  let confidence: number | null = null
  let confirmed = true
  for (const l of links) {
    sources += l.source.length
    for (const s of l.target) segments.push(s)
    if (l.confidence !== null)
      confidence = confidence === null ? Math.min(l.confidence) : Math.min(confidence, l.confidence)
    if (!l.confirmed) confirmed = false
  }
  let created: TargetSegment | undefined
  let updated: TargetSegment | undefined
  const statuses: SegmentStatus[] = []
  for (const s of segments) {
    if (!created || s.createdAt < created.createdAt) created = s
    if (!updated || s.updatedAt > updated.updatedAt) updated = s
    statuses.push(s.status)
    if (s.comments) for (const c of s.comments) comments.push(c)
  }
  return {
    lang,
    translationId,
    links,
    segments,
    content: content ?? (segments.length === 1 ? segments[0]!.content : joinDocs(segments.map((s) => s.content))),
    status: leastFinished(statuses),
    linkType: links.length === 1 ? linkTypeOf(links[0]!) : `${sources}:${segments.length}`,
    confidence,
    confirmed,
    createdAt: created?.createdAt,
    createdBy: created?.createdBy ?? undefined,
    updatedAt: updated?.updatedAt,
    updatedBy: updated?.updatedBy ?? undefined,
    comments,
  }
}

/** Applies the empty, unaligned and status options to one language's side. */
export function isTargetIncluded(target: UnitTarget, options: ResolvedExportOptions): boolean {
  if (target.segments.length === 0) return options.includeUnaligned
  if (isEmptyDoc(target.content)) return options.includeEmpty && passesStatusFilter(target.status, options.statuses)
  return passesStatusFilter(target.status, options.statuses)
}
