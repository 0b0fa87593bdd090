import { AppError } from '../errors'
import { docToHtml } from '../richtext/doc-to-html'
import { countWords, docToText } from '../richtext/doc-to-text'
import { isSameDoc } from '../richtext/is-same-doc'
import { checkSegmentSize } from '../richtext/segment-limits'
import type { RichDoc } from '../richtext/types'
import { nextStatus, type SegmentStatus } from '../workbench/segment-states'
import type { Db } from './client'
import { asDoc } from './rich-json'
import type { ActingUser } from './users'

export type SegmentSnapshot = {
  id: string
  text: string
  html: string
  content: RichDoc
  status: SegmentStatus
  version: number
  updatedAt: Date
  updatedBy: string | null
}

const SNAPSHOT = {
  id: true,
  text: true,
  content: true,
  status: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
} as const

type Row = {
  id: string
  text: string
  content: unknown
  status: string
  version: number
  updatedAt: Date
  updatedBy: { name: string } | null
}

function toSnapshot(row: Row): SegmentSnapshot {
  const content = asDoc(row.content as never)
  return {
    id: row.id,
    text: row.text,
    content,
    html: docToHtml(content),
    status: row.status as SegmentStatus,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.name ?? null,
  }
}

/** One segment as the editor sees it, or null. */
export async function getSegment(db: Db, id: string): Promise<SegmentSnapshot | null> {
  const row = await db.targetSegment.findUnique({ where: { id }, select: SNAPSHOT })
  return row ? toSnapshot(row) : null
}

/**
 * Saves a segment if `version` is still current (optimistic concurrency) and records a revision.
 * A stale version throws `segment.conflict` with the current segment; nothing is overwritten.
 */
export async function saveSegment(
  db: Db,
  input: { segmentId: string; version: number; content?: RichDoc; status?: SegmentStatus },
  actor: ActingUser,
): Promise<SegmentSnapshot> {
  return db.$transaction(async (tx) => {
    const current = await tx.targetSegment.findUnique({ where: { id: input.segmentId }, select: SNAPSHOT })
    if (!current) throw new AppError('segment.notFound')
    if (current.version !== input.version) throw new AppError('segment.conflict', { current: toSnapshot(current) })
    const stored = asDoc(current.content)
    const content = input.content ? checkSegmentSize(input.content) : stored
    const text = docToText(content)
    const isChanged = !isSameDoc(content, stored)
    const status = nextStatus(current.status as SegmentStatus, {
      isEmpty: text === '',
      isChanged,
      requested: input.status,
    })
    const updated = await tx.targetSegment.updateMany({
      where: { id: input.segmentId, version: input.version },
      data: { content, text, wordCount: countWords(text), status, version: { increment: 1 }, updatedById: actor.id },
    })
    if (updated.count === 0) throw new AppError('segment.conflict', { current: toSnapshot(current) })
    const saved = await tx.targetSegment.findUniqueOrThrow({ where: { id: input.segmentId }, select: SNAPSHOT })
    await tx.revision.create({
      data: { segmentId: saved.id, version: saved.version, content, text, status, authorId: actor.id },
    })
    return toSnapshot(saved)
  })
}
