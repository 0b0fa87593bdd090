import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { getRevisionContent } from '@/lib/db/revisions'
import { getSegment, type SegmentSnapshot } from '@/lib/db/segments'
import { AppError } from '@/lib/errors'
import { saveSegment } from './save-segment'

/**
 * Brings back the content of an earlier revision as a new revision. A restore is an edit: it goes
 * through `saveSegment`, so the status follows the state machine (restoring into an approved segment
 * sends it back to translated), `currentVersion`, when given, must still be current (`segment.conflict`;
 * without it the restore goes on top of whatever is current), and the person must be allowed to edit
 * the segment's language.
 */
export async function restoreRevision(
  db: Db,
  input: { segmentId: string; version: number; currentVersion?: number; tab?: string },
  actor: Actor,
): Promise<SegmentSnapshot> {
  const content = await getRevisionContent(db, input)
  if (!content) throw new AppError('revision.notFound', { version: input.version })
  const current = input.currentVersion ?? (await getSegment(db, input.segmentId))?.version
  if (current === undefined) throw new AppError('segment.notFound')
  return saveSegment(db, { segmentId: input.segmentId, version: current, content, tab: input.tab }, actor)
}
