'use client'
import { useCallback, useState } from 'react'
import type { SegmentState } from '@/lib/workbench/autosave'

/**
 * Remembers which segments were ever approved (the server's list from revisions, and any approved
 * while the page is open), and answers true for those that are not approved now: edited since.
 */
export function useApprovedOnce(segments: Readonly<Record<string, SegmentState>>, initial: readonly string[] = []) {
  const [approvedOnce, setApprovedOnce] = useState<ReadonlySet<string>>(
    () =>
      new Set([
        ...initial,
        ...Object.values(segments)
          .filter((s) => s.status === 'approved')
          .map((s) => s.id),
      ]),
  )
  const newly = Object.values(segments).filter((s) => s.status === 'approved' && !approvedOnce.has(s.id))
  // Adjusting state while rendering (React's pattern for state derived from changing props): no extra effect.
  if (newly.length > 0) setApprovedOnce(new Set([...approvedOnce, ...newly.map((s) => s.id)]))
  return useCallback(
    (id: string) => approvedOnce.has(id) && segments[id] !== undefined && segments[id].status !== 'approved',
    [approvedOnce, segments],
  )
}
