/**
 * The one home of segment status: its values, their order, the transition table and the rules a
 * save follows. The API, the editor, progress, exports and imports all use this file; the Prisma
 * enum `SegmentStatus` mirrors `SEGMENT_STATUSES` (a test checks it).
 */
import { can, type Actor } from '../auth/permissions'

/** Every status, from least to most finished: a rejected segment needs work before an empty one shows it. */
export const SEGMENT_STATUSES = ['rejected', 'empty', 'draft', 'translated', 'approved'] as const
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number]

/** Statuses a client may ask a save for (`empty` follows from the text alone). */
export const REQUESTABLE_STATUSES = ['draft', 'translated', 'approved', 'rejected'] as const satisfies SegmentStatus[]

/** What can happen to a segment: a translator's events first, then a reviewer's. */
export const SEGMENT_EVENTS = ['edit', 'clear', 'confirm', 'reopen', 'approve', 'reject'] as const
export type SegmentEvent = (typeof SEGMENT_EVENTS)[number]

/**
 * The permission (lib/auth/permissions.ts) each event needs: editing, clearing, confirming and
 * reopening are everyone's who edits the language; approving and rejecting are a reviewer's (and an admin's).
 */
export const EVENT_ACTION = {
  edit: 'segments.edit',
  clear: 'segments.edit',
  confirm: 'segments.edit',
  reopen: 'segments.edit',
  approve: 'segments.review',
  reject: 'segments.review',
} as const satisfies Record<SegmentEvent, 'segments.edit' | 'segments.review'>

/** Statuses that count as done for progress and exports: confirmed by the translator, or approved. */
export const FINISHED_STATUSES = ['translated', 'approved'] as const satisfies SegmentStatus[]

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
      // Confirming unchanged approved text (Ctrl+Enter through the rows) keeps the approval.
      confirm: 'approved',
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

/** The event a save stands for when it asks for a status (none: an edit or a clear, which need the same permission). */
export function eventForStatus(requested: SegmentStatus | undefined): SegmentEvent {
  return requested === undefined || requested === 'empty' ? 'edit' : REQUEST_EVENT[requested]
}

/** The permission a requested status needs (lib/auth/permissions.ts): approving and rejecting are a reviewer's. */
export function actionForStatus(requested: SegmentStatus | undefined): 'segments.edit' | 'segments.review' {
  return EVENT_ACTION[eventForStatus(requested)]
}

/** True when the table lets the event happen in the state (events it lacks leave the segment as it is). */
export function isAllowedEvent(state: SegmentStatus, event: SegmentEvent): boolean {
  return SEGMENT_STATES[state].on[event] !== undefined
}

/**
 * What an event by a person does to a segment in `lang`: its next status, `forbidden` when the event is
 * not the person's to cause (a translator approving), or `refused` when the table does not allow it in
 * the state (approving a draft). `saveSegment` answers these with 403 and 422.
 */
export function decideEvent(
  actor: Pick<Actor, 'role' | 'langs'>,
  lang: string,
  state: SegmentStatus,
  event: SegmentEvent,
): SegmentStatus | 'forbidden' | 'refused' {
  if (!can(actor, EVENT_ACTION[event], lang)) return 'forbidden'
  return isAllowedEvent(state, event) ? transition(state, event) : 'refused'
}

/** True for a status that counts as done (`FINISHED_STATUSES`). */
export function isFinished(status: SegmentStatus): boolean {
  return (FINISHED_STATUSES as readonly SegmentStatus[]).includes(status)
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
