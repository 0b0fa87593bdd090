import type { Db } from '@/lib/db/client'
import { listChangeBases } from '@/lib/db/revisions'
import { findTranslation } from '@/lib/db/translations'
import { AppError } from '@/lib/errors'
import { wordDiff, type DiffPart } from '@/lib/text/word-diff'

/** What changed in a segment since its base revision: the last approved one, else the translator's first. */
export type SegmentChange = {
  segmentId: string
  baseVersion: number
  baseKind: 'approved' | 'first'
  diff: DiffPart[]
}

/**
 * For a reviewer: every segment of a translation whose text changed since it was last approved, or,
 * never approved, since the translator's first version, with a word diff, in text order. Segments
 * unchanged since then, and segments with no text yet, are left out. Two queries whatever the size.
 */
export async function listChangesSince(
  db: Db,
  { documentId, lang }: { documentId: string; lang: string },
): Promise<SegmentChange[]> {
  const translation = await findTranslation(db, { documentId, lang })
  if (!translation) throw new AppError('translation.notFound')
  const bases = await listChangeBases(db, translation.id)
  return bases
    .filter((base) => base.text !== base.baseText)
    .map((base) => ({
      segmentId: base.segmentId,
      baseVersion: base.baseVersion,
      baseKind: base.baseKind,
      diff: wordDiff(base.baseText, base.text),
    }))
}
