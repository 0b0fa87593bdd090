'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ApiError } from '@/lib/api/api-error'
import { api, type ApproveSegmentsResult, type Rejection, type SegmentChanges } from '@/lib/api/client'
import type { AutosaveEvent, SegmentState } from '@/lib/workbench/autosave'
import { reviewOrder, WAITING_FOR_REVIEW } from '@/lib/workbench/review-order'
import type { SegmentStatus } from '@/lib/workbench/segment-states'
import type { WorkbenchRow } from './types'

type Updated = Extract<AutosaveEvent, { type: 'updated' }>['segments']

/** Where this browser keeps whether the reviewer left review mode on ('on' or 'off'). */
const MODE_KEY = 'parallel.reviewMode'

/** The mode kept in this browser; storage can be off (a private window), which counts as never set. */
function readKeptMode(): boolean {
  try {
    return window.localStorage.getItem(MODE_KEY) === 'on'
  } catch {
    return false
  }
}

function keepMode(on: boolean): void {
  try {
    window.localStorage.setItem(MODE_KEY, on ? 'on' : 'off')
  } catch {
    // Not kept: the mode lasts as long as the page.
  }
}

/** The outcome of the last bulk approval, or its error, for the bar to say. */
export type ReviewNotice = { kind: 'approved'; result: ApproveSegmentsResult } | { kind: 'failed'; error: ApiError }

/**
 * Review mode of the side-by-side editor: whether it is on (`?mode=review`, or left on in this browser), the review order frozen
 * when it was turned on (waiting rows first, so rows do not jump as they are approved), the selected
 * rows, what changed in each segment since its approval, and the reviewer's calls to the API.
 */
export function useReview(options: {
  documentId: string
  lang: string
  canReview: boolean
  initialMode: boolean
  rows: WorkbenchRow[]
  segments: Readonly<Record<string, SegmentState>>
  rowStatus: (row: WorkbenchRow) => SegmentStatus
  onUpdated: (segments: Updated) => void
}) {
  const { documentId, lang, rows, rowStatus, onUpdated } = options
  const orderNow = () =>
    reviewOrder(
      rows,
      (row) => row.linkId,
      (row) => rowStatus(row) === WAITING_FOR_REVIEW,
    )
  const [order, setOrder] = useState<string[] | null>(() =>
    options.canReview && options.initialMode ? orderNow() : null,
  )
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [changes, setChanges] = useState<ReadonlyMap<string, SegmentChanges>>(new Map())
  const [notice, setNotice] = useState<ReviewNotice | null>(null)
  const [isBusy, setBusy] = useState(false)
  const anchor = useRef<string | null>(null)
  const isOn = order !== null

  const loadChanges = useCallback(
    () =>
      api.listChanges(documentId, lang).then((result) => {
        // Without the changes endpoint (or on an error) rows simply show no diff.
        if (result.ok) setChanges(new Map(result.data.map((c) => [c.segmentId, c])))
      }),
    [documentId, lang],
  )

  useEffect(() => {
    if (isOn) void loadChanges()
  }, [isOn, loadChanges])

  const showMode = (on: boolean) => {
    setOrder(on ? orderNow() : null)
    setSelected(new Set())
    setNotice(null)
    const url = new URL(window.location.href)
    if (on) url.searchParams.set('mode', 'review')
    else url.searchParams.delete('mode')
    // Without Next's own state, so its router takes the new address: given that state, it wrote its old one back on the next refresh.
    window.history.replaceState(null, '', url)
  }
  const setMode = (on: boolean) => {
    keepMode(on)
    showMode(on)
  }

  // Left on in this browser, review mode comes back on the next visit; read once hydrated (the server cannot know it).
  const hasRestored = useRef(false)
  useEffect(() => {
    if (hasRestored.current) return
    hasRestored.current = true
    // Storage exists only in the browser, so this one change waits for the first effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (options.canReview && !options.initialMode && readKeptMode()) showMode(true)
  })

  /** Selects or unselects a row; with Shift, every shown row between the last one clicked and this one. */
  const toggleRow = (linkId: string, withShift: boolean, shown: WorkbenchRow[]) => {
    const next = new Set(selected)
    const on = !selected.has(linkId)
    const from = anchor.current ? shown.findIndex((r) => r.linkId === anchor.current) : -1
    const to = shown.findIndex((r) => r.linkId === linkId)
    const range = withShift && from >= 0 && to >= 0 ? shown.slice(Math.min(from, to), Math.max(from, to) + 1) : []
    for (const row of range.length ? range : [{ linkId }]) {
      if (on) next.add(row.linkId)
      else next.delete(row.linkId)
    }
    anchor.current = linkId
    setSelected(next)
  }

  /** Approves the translated segments of the given rows in one request, at the versions shown. */
  const approveRows = async (chosen: WorkbenchRow[]) => {
    const ids = chosen
      .flatMap((row) => row.targetIds)
      .filter((id) => options.segments[id]?.status === WAITING_FOR_REVIEW)
    if (ids.length === 0) return
    setBusy(true)
    const versions = Object.fromEntries(ids.map((id) => [id, options.segments[id]?.version ?? 0]))
    const result = await api.approveSegments(documentId, lang, { segmentIds: ids, versions })
    setBusy(false)
    if (!result.ok) return setNotice({ kind: 'failed', error: result.error })
    onUpdated(result.data.segments)
    setNotice({ kind: 'approved', result: result.data })
    setSelected(new Set())
    void loadChanges()
  }

  /** Rejects one segment with a reason; answers the error to show, or null when done. */
  const reject = async (segmentId: string, rejection: Omit<Rejection, 'version'>): Promise<ApiError | null> => {
    const segment = options.segments[segmentId]
    if (!segment) return null
    const result = await api.rejectSegment(segmentId, { ...rejection, version: segment.version })
    if (!result.ok) return result.error
    onUpdated([result.data])
    return null
  }

  return {
    isOn,
    order,
    setMode,
    selected,
    toggleRow,
    changes,
    notice,
    isBusy,
    approveRows,
    reject,
  }
}

export type Review = ReturnType<typeof useReview>
