'use client'
import { useCallback, useMemo } from 'react'
import { foldText } from '@/lib/text/fold-text'
import type { SegmentState } from '@/lib/workbench/autosave'
import { leastFinished, type SegmentStatus } from '@/lib/workbench/segment-states'
import type { WorkbenchRow } from './types'

/**
 * The rows the filter and Find let through, and each row's status (its least finished segment).
 * Find compares in `foldText` form, as the highlighting does. The row being edited always stays.
 */
export function useVisibleRows(options: {
  rows: WorkbenchRow[]
  segments: Readonly<Record<string, SegmentState>>
  filter: SegmentStatus | 'all'
  query: string
  activeLinkId: string | undefined
}) {
  const { rows: all, segments, filter, query, activeLinkId } = options
  const rowStatus = useCallback(
    (row: WorkbenchRow): SegmentStatus => leastFinished(row.targetIds.map((id) => segments[id]?.status ?? 'empty')),
    [segments],
  )
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
