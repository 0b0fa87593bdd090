import type { Actor } from '@/lib/auth/permissions'
import type { SqlTarget } from '@/lib/db/sql'
import type { SegmentSnapshot } from '@/lib/db/segments'
import { getSegmentSource } from '@/lib/db/tm-sources'
import { markTmPairRejected, upsertTmUnits } from '@/lib/db/tm-units'

/**
 * Puts a segment saved as translated or approved into the memory of its language pair, with its source,
 * the sources around it (in-context matches), its document and author. A rejected segment's pair is marked
 * rejected there, so it is no longer offered as a match. Other states are not remembered.
 */
export async function rememberSegment(
  db: SqlTarget,
  segment: SegmentSnapshot,
  actor: Pick<Actor, 'name'>,
): Promise<void> {
  if (segment.status !== 'translated' && segment.status !== 'approved' && segment.status !== 'rejected') return
  const row = await getSegmentSource(db, segment.id)
  if (!row) return
  if (segment.status === 'rejected') {
    await markTmPairRejected(db, {
      srcLang: row.srcLang,
      tgtLang: row.tgtLang,
      source: row.source,
      target: segment.text,
    })
    return
  }
  await upsertTmUnits(db, [
    {
      srcLang: row.srcLang,
      tgtLang: row.tgtLang,
      source: row.source,
      target: segment.text,
      sourceContent: row.sourceContent,
      targetContent: segment.content,
      previousSource: row.previousSource,
      nextSource: row.nextSource,
      origin: row.documentId,
      documentId: row.documentId,
      segmentId: segment.id,
      originLabel: row.title,
      author: actor.name,
      status: segment.status,
      updatedAt: segment.updatedAt,
    },
  ])
}
