import type { RichDoc } from '@/lib/richtext/types'
import { linkTypeOf, type AlignedLink, type TargetSegment } from './aligned-document'
import { docToLine } from '@/lib/richtext/doc-to-text'
import type { ExportUnit, UnitTarget } from './export-unit'
import type { JsonRecord } from './parallel-json-schema'
import { docToHtml } from '@/lib/richtext/doc-to-html'

type Formatted = { text: string; html?: string; doc?: RichDoc }

function formatted(doc: RichDoc, plain: boolean, text?: string): Formatted {
  return plain ? { text: text ?? docToLine(doc) } : { text: text ?? docToLine(doc), html: docToHtml(doc), doc }
}

function toLink(link: AlignedLink): JsonRecord['targets'][number]['links'][number] {
  return {
    id: link.id,
    position: link.position,
    linkType: linkTypeOf(link),
    sourceParagraphIds: link.source.map((p) => p.id),
    sourcePositions: link.source.map((p) => p.position),
    targetSegmentIds: link.target.map((s) => s.id),
    confidence: link.confidence,
    confirmed: link.confirmed,
    ...(link.sentenceLinks
      ? { sentenceLinks: link.sentenceLinks.map(({ source, target, confidence }) => ({ source, target, confidence })) }
      : {}),
  }
}

function toSegment(s: TargetSegment, plain: boolean): JsonRecord['targets'][number]['segments'][number] {
  return {
    id: s.id,
    position: s.position,
    status: s.status,
    version: s.version,
    ...formatted(s.content, plain, s.text),
    createdBy: s.createdBy,
    updatedBy: s.updatedBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    comments: (s.comments ?? []).map((c) => ({ author: c.author, text: c.text, createdAt: c.createdAt.toISOString() })),
  }
}

function toTarget(t: UnitTarget, plain: boolean): JsonRecord['targets'][number] {
  return {
    lang: t.lang,
    translationId: t.translationId,
    status: t.status,
    linkType: t.linkType,
    confidence: t.confidence,
    confirmed: t.confirmed,
    ...formatted(t.content, plain),
    createdBy: t.createdBy ?? null,
    createdAt: t.createdAt?.toISOString() ?? null,
    updatedBy: t.updatedBy ?? null,
    updatedAt: t.updatedAt?.toISOString() ?? null,
    links: t.links.map(toLink),
    segments: t.segments.map((s) => toSegment(s, plain)),
  }
}

/** The JSON record of one export unit (see docs/formats.md). */
export function toJsonRecord(unit: ExportUnit, sourceLang: string, plain: boolean): JsonRecord {
  return {
    unit: unit.index,
    level: unit.level,
    ...(unit.sentence === undefined ? {} : { sentence: unit.sentence }),
    source: {
      lang: sourceLang,
      ...formatted(unit.source, plain),
      paragraphs: unit.sourceParagraphs.map((p) => ({
        id: p.id,
        position: p.position,
        ...formatted(p.content, plain, p.text),
      })),
    },
    targets: unit.targets.map((t) => toTarget(t, plain)),
  }
}
