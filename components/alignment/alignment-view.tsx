'use client'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'
import { alignmentQuality, reviewQueue } from '@/lib/alignment-ops/review-queue'
import type { AlignmentView as View } from '@/lib/server/alignment/alignment-view'
import { isActionDisabled } from './action-availability'
import { AlignmentBar } from './alignment-bar'
import { AlignmentHistory } from './alignment-history'
import { AlignmentList, type RowListHandle } from './alignment-list'
import { AlignmentPanels } from './alignment-panels'
import { AlignmentShortcuts } from './alignment-shortcuts'
import { AlignmentToolbar } from './alignment-toolbar'
import { SentenceEditingContext } from './sentence-editing'
import { SplitDialog } from './split-dialog'
import { SplitSegmentDialog } from './split-segment-dialog'
import { toOperation } from './to-operation'
import { useAlignment } from './use-alignment'
import { useAlignmentKeys } from './use-alignment-keys'
import { useSerialActions } from './use-serial-actions'

// The view's rows as the review queue reads them (the view types `origin` as a plain string).
const toQueueLinks = (rows: View['rows']) =>
  rows.map((r) => ({
    id: r.linkId,
    confirmed: r.confirmed,
    origin: r.origin as 'auto',
    confidence: r.confidence,
    sources: r.sources,
  }))
const queueOf = (rows: View['rows']) => reviewQueue(toQueueLinks(rows))

/** The alignment editor: one row per link, a keyboard cursor, and every operation saved at once. */
export function AlignmentView({ initial }: { initial: View }) {
  const { view, busy, notice, run, dismiss } = useAlignment(initial)
  // The cursor's link, and its index when chosen: the place the cursor keeps if its link goes away.
  const [at, setAt] = useState<{ id: string | null; index: number }>({ id: initial.rows[0]?.linkId ?? null, index: 0 })
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  // The link whose sentence pairs have the keyboard (E opens them for editing, Escape hands it back).
  const [editing, setEditing] = useState<string | null>(null)
  const [isReviewing, setReviewing] = useState(false)
  const [dialog, setDialog] = useState<'help' | 'split' | 'splitSegment' | null>(null)
  const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
  const { rows } = view
  const found = rows.findIndex((r) => r.linkId === at.id)
  const cursor = found >= 0 ? found : Math.min(at.index, rows.length - 1)
  const row = rows[cursor]
  const queue = useMemo(() => queueOf(rows), [rows])
  const quality = useMemo(() => alignmentQuality(toQueueLinks(rows)), [rows])
  const list = useRef<RowListHandle>(null)

  // Wherever the cursor goes (a key, the review queue, an operation), its link is brought into view.
  useEffect(() => {
    if (cursor >= 0) list.current?.reveal(cursor)
  }, [at, cursor])

  const goTo = (index: number) => {
    const target = rows[index]
    if (!target) return
    setAt({ id: target.linkId, index })
    list.current?.reveal(index)
  }
  const goToId = (id: string | undefined) => goTo(rows.findIndex((r) => r.linkId === id))
  const findAfter = (test: (index: number) => boolean) => {
    for (let k = cursor + 1; k < rows.length; k++) if (test(k)) return goTo(k)
  }
  const stepQueue = (step: 1 | -1) => {
    if (queue.length === 0) return
    // The first step starts the review at the least confident link, wherever the cursor was.
    if (!isReviewing) {
      setReviewing(true)
      return goToId(queue[0])
    }
    const at = queue.indexOf(row?.linkId ?? '')
    goToId(queue[at < 0 ? 0 : (at + step + queue.length) % queue.length])
  }

  const act = async (action: AlignmentAction) => {
    if (action === 'help') return setDialog('help')
    if (action === 'previous') return goTo(cursor - 1)
    if (action === 'next') return goTo(cursor + 1)
    if (action === 'first') return goTo(0)
    if (action === 'last') return goTo(rows.length - 1)
    if (action === 'nextIrregular') return findAfter((k) => rows[k]?.type !== '1:1')
    if (action === 'nextUnconfirmed') return findAfter((k) => rows[k]?.confirmed === false)
    if (action === 'nextUncertain') return stepQueue(1)
    if (action === 'previousUncertain') return stepQueue(-1)
    if (action === 'sentences' && row) {
      const isOpen = expanded.has(row.linkId)
      setEditing(isOpen ? null : row.linkId)
      return setExpanded(
        (set) => new Set(set.has(row.linkId) ? [...set].filter((id) => id !== row.linkId) : [...set, row.linkId]),
      )
    }
    if (action === 'split') return row && row.sources.length + row.targets.length > 1 ? setDialog('split') : undefined
    if (action === 'splitSegment') return row && row.targets.length > 0 ? setDialog('splitSegment') : undefined
    const previous = rows[cursor - 1]
    const operation = toOperation(action, row, previous)
    if (!operation) return
    // An operation on the cursor's link never acts unseen: a link out of view is first shown.
    if ('linkId' in operation && list.current && !list.current.isInView(cursor)) return list.current.reveal(cursor)
    const wasQueued = queue.includes(row?.linkId ?? '')
    const next = await run(operation)
    // Merged into the previous link, the cursor stays on the merged link.
    if (next && action === 'merge' && previous) return setAt({ id: previous.linkId, index: cursor - 1 })
    // Only a link that was under review moves the cursor on once it is dealt with.
    if (next && isReviewing && wasQueued) {
      const nextQueue = queueOf(next.rows)
      const id = nextQueue[0]
      if (id && !nextQueue.includes(row?.linkId ?? ''))
        setAt({ id, index: next.rows.findIndex((r) => r.linkId === id) })
    }
  }
  // One action at a time, each on the view as drawn after the one before (use-serial-actions.ts).
  const perform = useSerialActions(act)
  useAlignmentKeys({
    isApple,
    isReviewing,
    onAction: perform,
    onLeaveReview: () => setReviewing(false),
  })

  return (
    <main className="wb" aria-busy={busy}>
      <AlignmentBar view={view} busy={busy} notice={notice} onDismiss={dismiss} />
      <AlignmentToolbar
        isApple={isApple}
        isDisabled={(action) => isActionDisabled(action, view, cursor, busy)}
        onAction={perform}
      />
      <AlignmentPanels
        isReviewing={isReviewing}
        remaining={queue.length}
        quality={quality}
        onNext={() => stepQueue(1)}
        onPrevious={() => stepQueue(-1)}
        onToggleReview={() => {
          setReviewing(!isReviewing)
          if (!isReviewing) goToId(queue[0])
        }}
      />
      <AlignmentHistory history={view.history} />
      <SentenceEditingContext.Provider
        value={{
          run,
          version: view.version,
          busy,
          isApple,
          editing,
          onEnter: (linkId) => {
            setEditing(linkId)
            goToId(linkId)
          },
          onLeave: (linkId, close) => {
            setEditing(null)
            if (close) setExpanded((set) => new Set([...set].filter((id) => id !== linkId)))
            ;(document.activeElement as HTMLElement | null)?.blur()
          },
        }}
      >
        <AlignmentList
          view={view}
          cursor={cursor}
          expanded={expanded}
          ref={list}
          onSelect={(id, index) => setAt({ id, index })}
        />
      </SentenceEditingContext.Provider>
      {dialog === 'help' ? <AlignmentShortcuts isApple={isApple} onClose={() => setDialog(null)} /> : null}
      {dialog === 'splitSegment' && row ? (
        <SplitSegmentDialog
          row={row}
          lang={view.lang}
          onClose={() => setDialog(null)}
          onSplit={(index, offset) => {
            setDialog(null)
            void run({ op: 'split-segment', linkId: row.linkId, index, offset })
          }}
        />
      ) : null}
      {dialog === 'split' && row ? (
        <SplitDialog
          row={row}
          onClose={() => setDialog(null)}
          onSplit={(sourceCount, targetCount) => {
            setDialog(null)
            void run({ op: 'split', linkId: row.linkId, sourceCount, targetCount })
          }}
        />
      ) : null}
    </main>
  )
}
