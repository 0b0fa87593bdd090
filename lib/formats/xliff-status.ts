import { isSegmentStatus, type SegmentStatus } from '@/lib/workbench/segment-states'
import { XLIFF12_STATE, XLIFF_STATE } from './write-xliff'

const V2_STATES = new Set(['initial', 'translated', 'reviewed', 'final'])
const V12_STATES = new Set([
  'new',
  'needs-translation',
  'needs-adaptation',
  'needs-l10n',
  'needs-review-translation',
  'needs-review-adaptation',
  'needs-review-l10n',
  'translated',
  'signed-off',
  'final',
])

/** True when `state` is allowed by the XLIFF version (1.2 also allows `x-` values). */
export function isValidXliffState(version: '2' | '1.2', state: string): boolean {
  return version === '2' ? V2_STATES.has(state) : V12_STATES.has(state) || state.startsWith('x-')
}

/**
 * Reads the project's status from an XLIFF state and our exact status (2.x `subState="prl:…"`, 1.2
 * `prl:status`), or 1.2 `approved="yes"`.
 */
export function statusFromXliff(
  version: '2' | '1.2',
  { state, subState, approved, hasText }: { state?: string; subState?: string; approved?: string; hasText: boolean },
): SegmentStatus {
  const own = subState?.startsWith('prl:') ? subState.slice(4) : undefined
  // A tool that changed `state` but kept our subState: the new state wins.
  const states: Record<SegmentStatus, string> = version === '2' ? XLIFF_STATE : XLIFF12_STATE
  if (own && isSegmentStatus(own) && (!state || states[own] === state)) return own
  if (approved === 'yes') return 'approved'
  switch (state) {
    case 'final':
    case 'signed-off':
      return 'approved'
    case 'translated':
    case 'reviewed':
      return 'translated'
    default:
      return hasText ? 'draft' : 'empty'
  }
}
