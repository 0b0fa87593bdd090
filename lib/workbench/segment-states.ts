export type SegmentStatus = 'empty' | 'draft' | 'translated' | 'approved' | 'rejected'
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
      edit: 'draft',
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

export const STATUS_ORDER: SegmentStatus[] = ['empty', 'draft', 'rejected', 'translated', 'approved']

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
  if (!requested || requested === edited) return edited
  const event: SegmentEvent | null =
    requested === 'translated'
      ? 'confirm'
      : requested === 'approved'
        ? 'approve'
        : requested === 'rejected'
          ? 'reject'
          : requested === 'draft'
            ? 'reopen'
            : null
  return event ? transition(edited === 'empty' ? 'draft' : edited, event) : edited
}
