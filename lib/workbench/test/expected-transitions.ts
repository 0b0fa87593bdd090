import type { Role } from '../../auth/permissions'
import { SEGMENT_EVENTS, type SegmentEvent, type SegmentStatus } from '../segment-states'

/**
 * The rules, written out by hand: for every state and event, the next status or `refused`. A change to
 * the table in segment-states.ts must be made here too, on purpose.
 */
export const EXPECTED: Record<SegmentStatus, Record<SegmentEvent, SegmentStatus | 'refused'>> = {
  empty: { edit: 'draft', clear: 'empty', confirm: 'empty', reopen: 'refused', approve: 'refused', reject: 'refused' },
  draft: {
    edit: 'draft',
    clear: 'empty',
    confirm: 'translated',
    reopen: 'refused',
    approve: 'refused',
    reject: 'refused',
  },
  translated: {
    edit: 'draft',
    clear: 'empty',
    confirm: 'translated',
    reopen: 'draft',
    approve: 'approved',
    reject: 'rejected',
  },
  approved: {
    edit: 'translated',
    clear: 'empty',
    confirm: 'approved',
    reopen: 'translated',
    approve: 'approved',
    reject: 'rejected',
  },
  rejected: {
    edit: 'draft',
    clear: 'empty',
    confirm: 'translated',
    reopen: 'draft',
    approve: 'approved',
    reject: 'rejected',
  },
}

/** Who may cause which event: a translator everything but a reviewer's decisions. */
export const ROLE_EVENTS: Record<Role, readonly SegmentEvent[]> = {
  translator: ['edit', 'clear', 'confirm', 'reopen'],
  reviewer: SEGMENT_EVENTS,
  admin: SEGMENT_EVENTS,
}
