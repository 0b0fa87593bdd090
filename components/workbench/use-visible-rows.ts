'use client'
import { useCallback, useMemo } from 'react'
import { foldText } from '@/lib/text/fold-text'
import type { SegmentState } from '@/lib/workbench/autosave'
import { sortByOrder } from '@/lib/workbench/review-order'
import { leastFinished, type SegmentStatus } from '@/lib/workbench/segment-states'
import type { WorkbenchRow } from './types'

/** A row's status: its least finished segment. */
export function statusOfRow(row: WorkbenchRow, segments: Readonly<Record<string, SegmentState>>): SegmentStatus {
  return leastFinished(row.targetIds.map((id) => segments[id]?.status ?? 'empty'))
}

/**
 * The rows the filter and Find let through, and each row's status (its least finished segment).
 * Find compares in `foldText` form, as the highlighting does. The row being edited always stays. In
 * review mode the rows follow the review `order` (waiting for review first).
 */
export function useVisibleRows(options: {
  rows: WorkbenchRow[]
  segments: Readonly<Record<string, SegmentState>>
  filter: SegmentStatus | 'all'
  query: string
  activeLinkId: string | undefined
  order?: readonly string[] | null
}) {
  const { rows: unordered, segments, filter, query, activeLinkId, order } = options
  const all = useMemo(
    () => (order ? sortByOrder(unordered, (row) => row.linkId, order) : unordered),
    [unordered, order],
  )
  const rowStatus = useCallback((row: WorkbenchRow): SegmentStatus => statusOfRow(row, segments), [segments])
  const sourceTexts = useMemo(() => new Map(all.map((row) => [row.linkId, foldText(row.sourceText)])), [all])
  const rows = useMemo(() => {
    const needle = foldText(query.trim())
    return all.filter((row) => {
      // The row being edited stays until it is left, even when its new status no longer matches.
      if (row.linkId === activeLinkId) return true
      if (filter !== 'all' && rowStatus(row) !== filter) return false
      if (!needle) return true
      return (
        (sourceTexts.get(row.linkId) ?? '').includes(needle) ||
        row.targetIds.some((id) => foldText(segments[id]?.text ?? '').includes(needle))
      )
    })
  }, [all, filter, query, rowStatus, segments, sourceTexts, activeLinkId])
  return { rows, rowStatus }
}
