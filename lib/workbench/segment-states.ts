/**
 * The one home of segment status: its values, their order, the transition table and the rules a
 * save follows. The API, the editor, progress, exports and imports all use this file; the Prisma
 * enum `SegmentStatus` mirrors `SEGMENT_STATUSES` (a test checks it).
 */

/** Every status, from least to most finished: a rejected segment needs work before an empty one shows it. */
export const SEGMENT_STATUSES = ['rejected', 'empty', 'draft', 'translated', 'approved'] as const
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number]

/** Statuses a client may ask a save for (`empty` follows from the text alone). */
export const REQUESTABLE_STATUSES = ['draft', 'translated', 'approved', 'rejected'] as const satisfies SegmentStatus[]

export type SegmentEvent = 'edit' | 'clear' | 'confirm' | 'approve' | 'reject' | 'reopen'

/** Every segment state, its allowed events and the i18n key of its label (R16). */
export const SEGMENT_STATES: Record<
  SegmentStatus,
  { label: string; on: Partial<Record<SegmentEvent, SegmentStatus>> }
> = {
  empty: { label: 'status.empty', on: { edit: 'draft', clear: 'empty', confirm: 'empty' } },
  draft: { label: 'status.draft', on: { edit: 'draft', clear: 'empty', confirm: 'translated' } },
  translated: {
    label: 'status.translated',
    on: {
      edit: 'draft',
      clear: 'empty',
      confirm: 'translated',
      approve: 'approved',
      reject: 'rejected',
      reopen: 'draft',
    },
  },
  approved: {
    label: 'status.approved',
    on: {
      // Editing approved text sends it back for review: it stays confirmed, no longer approved.
      edit: 'translated',
      clear: 'empty',
      confirm: 'translated',
      approve: 'approved',
      reject: 'rejected',
      reopen: 'translated',
    },
  },
  rejected: {
    label: 'status.rejected',
    on: {
      edit: 'draft',
      clear: 'empty',
      confirm: 'translated',
      approve: 'approved',
      reject: 'rejected',
      reopen: 'draft',
    },
  },
}

// The event a requested status stands for.
const REQUEST_EVENT: Record<(typeof REQUESTABLE_STATUSES)[number], SegmentEvent> = {
  draft: 'reopen',
  translated: 'confirm',
  approved: 'approve',
  rejected: 'reject',
}

/** The permission a requested status needs (lib/auth/permissions.ts): approving and rejecting are a reviewer's. */
export function actionForStatus(requested: SegmentStatus | undefined): 'segments.edit' | 'segments.review' {
  return requested === 'approved' || requested === 'rejected' ? 'segments.review' : 'segments.edit'
}

/** True when a string (from a file or a request) is a segment status. */
export function isSegmentStatus(value: string): value is SegmentStatus {
  return (SEGMENT_STATUSES as readonly string[]).includes(value)
}

/** The least finished of several statuses (a link's or a unit's status); `empty` for none. */
export function leastFinished(statuses: Iterable<SegmentStatus>): SegmentStatus {
  let rank = -1
  for (const status of statuses) {
    const r = SEGMENT_STATUSES.indexOf(status)
    if (rank === -1 || r < rank) rank = r
  }
  return rank === -1 ? 'empty' : SEGMENT_STATUSES[rank]!
}

/** The state after an event; events a state does not allow leave it unchanged. */
export function transition(state: SegmentStatus, event: SegmentEvent): SegmentStatus {
  return SEGMENT_STATES[state].on[event] ?? state
}

/** The status a save leads to: what the user asked for, or what an edit implies. */
export function nextStatus(
  current: SegmentStatus,
  { isEmpty, isChanged, requested }: { isEmpty: boolean; isChanged: boolean; requested?: SegmentStatus },
): SegmentStatus {
  if (isEmpty) return 'empty'
  const edited = isChanged ? transition(current, 'edit') : current
  if (!requested || requested === edited || requested === 'empty') return edited
  return transition(edited === 'empty' ? 'draft' : edited, REQUEST_EVENT[requested])
}
