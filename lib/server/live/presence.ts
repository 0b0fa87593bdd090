import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import {
  deleteExpiredPresence,
  deletePresence,
  getPresence,
  listPresence,
  recordLiveEvent,
  setPresenceSegment,
  translationIdOfSegment,
} from '@/lib/db/live-events'
import { AppError } from '@/lib/errors'

/**
 * Says which segment an events stream has open (null: none), and tells everyone following the
 * translation (a `presence` event with the whole list). Only the person who opened the stream may.
 */
export async function setOpenSegment(
  db: Db,
  input: { translationId: string; clientId: string; segmentId: string | null },
  actor: Pick<Actor, 'id'>,
): Promise<void> {
  const presence = await getPresence(db, input.clientId)
  if (!presence || presence.userId !== actor.id || presence.translationId !== input.translationId)
    throw new AppError('presence.notFound')
  if (input.segmentId !== null && (await translationIdOfSegment(db, input.segmentId)) !== input.translationId)
    throw new AppError('segment.notFound')
  if (presence.segmentId === input.segmentId) return
  await db.$transaction(async (tx) => {
    if (!(await setPresenceSegment(tx, input.clientId, input.segmentId))) throw new AppError('presence.notFound')
    await recordLiveEvent(tx, input.translationId, 'presence', { editors: await listPresence(tx, input.translationId) })
  })
}

/** Ends a stream's presence; tells the others when it had a segment open. */
export async function endPresence(db: Db, input: { translationId: string; clientId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const removed = await deletePresence(tx, input.clientId)
    if (removed?.segmentId)
      await recordLiveEvent(tx, input.translationId, 'presence', {
        editors: await listPresence(tx, input.translationId),
      })
  })
}

/**
 * Removes the presence of streams whose instance stopped renewing it (it died), and tells everyone
 * following those translations: the others' pages learn of presence only through events, so without one
 * the name would stay on the segment.
 */
export async function endExpiredPresence(db: Db, now = new Date()): Promise<void> {
  for (const translationId of await deleteExpiredPresence(db, now))
    await db.$transaction(async (tx) =>
      recordLiveEvent(tx, translationId, 'presence', { editors: await listPresence(tx, translationId, now) }),
    )
}
