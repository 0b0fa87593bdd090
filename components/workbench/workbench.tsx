'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { overallSaveState, type InitialSegment } from '@/lib/workbench/autosave'
import { focusSpelling } from '@/components/spelling/focus-spelling'
import { findAction } from '@/lib/workbench/keymap'
import { languageDirection } from '@/lib/languages'
import type { Segment } from '@/lib/api/client'
import { nextWaiting, WAITING_FOR_REVIEW } from '@/lib/workbench/review-order'
import { transition, type SegmentStatus } from '@/lib/workbench/segment-states'
import { AssistPanel } from '@/components/assist/assist-panel'
import { ConcordanceLauncher } from '@/components/tm/concordance-launcher'
import { CommentThread } from '@/components/review/comment-thread'
import { blockingIssues } from '@/components/qa/blocking-issues'
import { useGlossaryMatches } from '@/components/glossary/use-glossary-matches'
import { ConfirmErrorsDialog } from '@/components/qa/confirm-errors-dialog'
import type { QaIssue } from '@/lib/qa/types'
import { addSegment } from './add-segment'
import { ConflictDialog } from './conflict-dialog'
import { HistoryPanel } from './history-panel'
import { RejectDialog } from './reject-dialog'
import { ReviewBar } from './review-bar'
import { ShortcutsDialog } from './shortcuts-dialog'
import { PretranslateDialog } from '@/components/tm/pretranslate-dialog'
import type { PretranslatedMark, ReferenceColumn, WorkbenchRow as Row } from './types'
import { useApprovedOnce } from './use-approved-once'
import { useLiveEditor } from './use-live-editor'
import { useLiveUpdates } from './use-live-updates'
import { usePageKeys } from './use-page-keys'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { useHydrated } from '@/components/ui/use-hydrated'
import { api } from '@/lib/api/client'
import { useReview } from './use-review'
import { useSegmentStore } from './use-segment-store'
import { statusOfRow, useVisibleRows } from './use-visible-rows'
import { NoMatches, WorkbenchBar } from './workbench-bar'
import { WorkbenchCells, WorkbenchHead, type RowAction } from './workbench-cells'

const NO_MARKS: Record<string, PretranslatedMark> = {}

export type WorkbenchProps = {
  documentId: string
  title: string
  sourceLang: string
  lang: string
  otherLangs: string[]
  rows: Row[]
  segments: InitialSegment[]
  /** Who edits: edits are kept in this browser per person until the server has them. */
  userId?: string
  /** Segments approved at some time (from their revisions), to show that an edit took the approval away */
  approvedOnce?: string[]
  /** May the person edit this language's segments: without it the rows are read only, with a note saying why */
  canEdit?: boolean
  /** May the person approve and reject here (review mode, its keys and controls) */
  canReview?: boolean
  /** Open in review mode (`?mode=review`) */
  reviewMode?: boolean
  /** The segment to start at (a link from My work or the activity list, `?segment=`). */
  initialSegmentId?: string
  /** Open comment threads per segment id (segments without any left out). */
  openComments?: Record<string, number>
  /** Segments pre-translated from the memory and not saved since, by id. */
  pretranslated?: Record<string, PretranslatedMark>
}

/** The slot of a segment, by link id, or null when no row holds it. */
function keyOfSegment(rows: Row[], segmentId: string | undefined): { linkId: string; target: number } | null {
  for (const row of segmentId ? rows : []) {
    const target = row.targetIds.indexOf(segmentId!)
    if (target >= 0) return { linkId: row.linkId, target }
  }
  return null
}

type Slot = { row: number; target: number }

/** The sources of the rows before and after a row in the document (not the filtered list), for in-context matches. */
function neighbourSources(all: Row[], linkId: string) {
  const at = all.findIndex((r) => r.linkId === linkId)
  return { previousSourceText: all[at - 1]?.sourceText ?? '', nextSourceText: all[at + 1]?.sourceText ?? '' }
}

/** The side-by-side editor: virtualized rows, one live editor on the active segment, autosave, keyboard-first. */
export function Workbench(props: WorkbenchProps) {
  const { t } = useTranslation()
  const { onEditorReady, replaceContent, insertText, editorOf } = useLiveEditor()
  const { segments, offline, edit, save, setStatus, applyUpdates, applyRemote, resolveConflict, replaceSegment } =
    useSegmentStore(
      props.segments,
      props.userId
        ? {
            userId: props.userId,
            documentId: props.documentId,
            lang: props.lang,
            onRestore: (id, content) => replaceContent(id, content, false),
          }
        : undefined,
    )
  const canEdit = props.canEdit ?? true
  // Reviewing is editing too: a person who may not edit the language may not review it either.
  const canReview = canEdit && (props.canReview ?? true)
  const [filter, setFilter] = useState<SegmentStatus | 'all'>('all')
  const [query, setQuery] = useState('')
  // The active segment by link id, not by row index: rows come and go as filters and statuses change.
  const [activeKey, setActiveKey] = useState(() => keyOfSegment(props.rows, props.initialSegmentId))
  const [references, setReferences] = useState<ReferenceColumn[]>([])
  const [showKeys, setShowKeys] = useState(false)
  const [pretranslating, setPretranslating] = useState(false)
  // The segment whose history is open, and a version restored there, shown in the editor once it closes.
  const [historyOf, setHistoryOf] = useState<string | null>(null)
  const restored = useRef<Segment | null>(null)
  const [addFailed, setAddFailed] = useState(false)
  const [rejecting, setRejecting] = useState<{ id: string; number: number } | null>(null)
  const [rejectError, setRejectError] = useState<ApiError | null>(null)
  // A confirmation waiting for the person's word because the segment has errors.
  const [confirming, setConfirming] = useState<{ id: string; number: number; issues: QaIssue[] } | null>(null)
  const wasApproved = useApprovedOnce(segments, props.approvedOnce)
  const [commentCounts, setCommentCounts] = useState<Record<string, number>>(props.openComments ?? {})
  // The comments panel follows the current segment; opened without one, it stays on the segment it was opened for.
  const [comments, setComments] = useState<{ segmentId: string; focus: boolean } | null>(null)
  const onCommentCount = useCallback(
    (id: string, count: number) => setCommentCounts((c) => (c[id] === count ? c : { ...c, [id]: count })),
    [],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

  const needle = query.trim()
  const rowStatusOf = useCallback((row: Row): SegmentStatus => statusOfRow(row, segments), [segments])
  const review = useReview({
    documentId: props.documentId,
    lang: props.lang,
    canReview,
    initialMode: props.reviewMode ?? false,
    rows: props.rows,
    segments,
    rowStatus: rowStatusOf,
    onUpdated: applyUpdates,
  })
  const { rows, rowStatus } = useVisibleRows({
    rows: props.rows,
    segments,
    filter,
    query,
    activeLinkId: activeKey?.linkId,
    order: review.order,
  })
  const isWaiting = useCallback((row: Row) => rowStatus(row) === WAITING_FOR_REVIEW, [rowStatus])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 88,
    // Measured heights follow the row, not its index, as filters and statuses move rows about.
    getItemKey: (index) => rows[index]?.linkId ?? index,
    overscan: 8,
  })
  const activeRow = activeKey ? rows.findIndex((row) => row.linkId === activeKey.linkId) : -1
  const activeTarget = activeKey?.target ?? 0
  const active = useMemo<Slot | null>(
    () => (activeRow >= 0 ? { row: activeRow, target: activeTarget } : null),
    [activeRow, activeTarget],
  )
  const activeId = active ? rows[active.row]?.targetIds[active.target] : undefined
  // The active row's glossary terms (the request the assist panel makes, cached): a forbidden variant is an
  // error that confirming asks about, as the checks under the segment show it.
  const activeTerms = useGlossaryMatches(
    activeId !== undefined,
    props.sourceLang,
    props.lang,
    active ? (rows[active.row]?.sourceHtml ?? '') : '',
  )

  /** Reads a segment's open threads again, for its row's count (the server counts them; one comment comes along). */
  const refreshCommentCount = (segmentId: string) =>
    void api.listComments(segmentId, { limit: 1 }).then((result) => {
      if (result.ok) onCommentCount(segmentId, result.data.openThreads)
    })
  // What others do meanwhile: their saves, alignment changes and comments, and who has which segment open.
  const [liveNotice, setLiveNotice] = useState<{ kind: 'links'; user: string } | { kind: 'missed' } | null>(null)
  const { openFor, liveLost } = useLiveUpdates(
    props.documentId,
    props.lang,
    activeId,
    {
      onSegment: ({ id, version, status, content, author }) =>
        applyRemote(id, { version, status, content, updatedBy: author }, id === activeId),
      onLinks: ({ author }) => setLiveNotice({ kind: 'links', user: author }),
      onReset: () => setLiveNotice({ kind: 'missed' }),
      onComment: ({ segmentId }) => refreshCommentCount(segmentId),
    },
    canEdit,
  )
  // A segment someone else has open is soft-locked: opening it asks first (takeover), then it is ours.
  const [takeover, setTakeover] = useState<{ slot: Slot; id: string; names: string[] } | null>(null)

  const activateNow = useCallback(
    (slot: Slot | null) => {
      if (activeId) save(activeId)
      const linkId = slot ? rows[slot.row]?.linkId : undefined
      setActiveKey(slot && linkId ? { linkId, target: slot.target } : null)
    },
    [activeId, save, rows],
  )
  const activate = useCallback(
    (slot: Slot | null) => {
      // Read only: no segment opens for typing (every save would be refused).
      if (!canEdit && slot) return
      const id = slot ? rows[slot.row]?.targetIds[slot.target] : undefined
      const names = id && id !== activeId ? openFor.get(id) : undefined
      if (slot && id && names) return setTakeover({ slot, id, names })
      activateNow(slot)
    },
    [activateNow, activeId, canEdit, openFor, rows],
  )

  useEffect(() => {
    if (activeRow >= 0) virtualizer.scrollToIndex(activeRow, { align: 'auto' })
  }, [activeRow, virtualizer])

  const move = useCallback(
    (step: 1 | -1) => {
      if (rows.length === 0) return
      if (!active) return activate({ row: step === 1 ? 0 : rows.length - 1, target: 0 })
      const row = rows[active.row]
      const target = active.target + step
      if (row && target >= 0 && target < row.targetIds.length) return activate({ row: active.row, target })
      let next = active.row + step
      while (next >= 0 && next < rows.length && rows[next]?.targetIds.length === 0) next += step
      if (next < 0 || next >= rows.length) return
      activate({ row: next, target: step === 1 ? 0 : Math.max(0, (rows[next]?.targetIds.length ?? 1) - 1) })
    },
    [active, activate, rows],
  )

  const onKeyDown = (event: KeyboardEvent<HTMLElement> | globalThis.KeyboardEvent) => {
    // While a dialog (shortcuts, history, reject) is open its own keys (Escape) apply, not the editor's.
    if (showKeys || pretranslating || historyOf || rejecting || confirming || takeover) return
    // The native event: React's lacks `isComposing`, which keeps Korean input out of the shortcuts.
    const action = findAction('nativeEvent' in event ? event.nativeEvent : event, isApple)
    if (!action) return
    // Panels and dialogs with their own keys (comments, a rejection) keep them; the comments panel closes on its key or Escape.
    const own = event.target instanceof Element ? event.target.closest('[data-own-keys]') : null
    if (own) {
      if (!own.classList.contains('comment-panel') || (action !== 'comments' && action !== 'cancel')) return
      event.preventDefault()
      event.stopPropagation()
      return setComments(null)
    }
    event.preventDefault()
    event.stopPropagation()
    if (action === 'comments') {
      const id = activeId ?? comments?.segmentId
      return setComments(comments || !id ? null : { segmentId: id, focus: true })
    }
    if (action === 'help') return setShowKeys(true)
    if (action === 'next') return move(1)
    if (action === 'previous') return move(-1)
    // Escape closes the comments panel first, then leaves the editor for the segment's own button (the
    // focus stays in the row, where Enter opens it again, instead of dropping to the page).
    if (action === 'cancel') {
      if (comments) return setComments(null)
      const leaving = activeId
      activate(null)
      if (leaving)
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`[data-segment="${CSS.escape(leaving)}"]`)?.focus(),
        )
      return
    }
    if (!activeId || !active) return
    if (action === 'history') return setHistoryOf(activeId)
    if (action === 'spelling') return void focusSpelling(editorOf(activeId))
    if (action === 'copySource') replaceContent(activeId, rows[active.row]?.sourceHtml ?? '', true)
    if (action === 'confirmAndNext' || action === 'approveAndNext' || action === 'reject') runRowAction(action)
  }

  /** Confirms, approves or rejects the active segment: its key, or its button on the row. */
  const runRowAction = (action: RowAction) => {
    if (!activeId || !active) return
    if (action === 'confirmAndNext') {
      const row = rows[active.row]
      const issues = blockingIssues(activeId, {
        sourceHtml: row?.sourceHtml ?? '',
        sourceLang: props.sourceLang,
        lang: props.lang,
        editor: editorOf(activeId),
        terms: activeTerms,
      })
      if (issues.length > 0) return setConfirming({ id: activeId, number: row?.number ?? 0, issues })
      setStatus(activeId, 'translated')
      return move(1)
    }
    if (!canReview) return
    const status = segments[activeId]?.status ?? 'empty'
    if (action === 'approveAndNext' && transition(status, 'approve') === 'approved') {
      setStatus(activeId, 'approved')
      const next = nextWaiting(rows, active.row, isWaiting)
      if (next >= 0) activate({ row: next, target: 0 })
      else move(1)
    }
    if (action === 'reject' && transition(status, 'reject') === 'rejected') {
      setRejectError(null)
      setRejecting({ id: activeId, number: rows[active.row]?.number ?? 0 })
    }
  }
  const activeStatus = activeId ? (segments[activeId]?.status ?? 'empty') : 'empty'
  // The row's buttons for what the keys do: confirming for everyone who may edit, approving and rejecting in review mode.
  const rowActions: RowAction[] = [
    'confirmAndNext',
    ...(canReview && review.isOn && transition(activeStatus, 'approve') === 'approved'
      ? (['approveAndNext'] as const)
      : []),
    ...(canReview && review.isOn && transition(activeStatus, 'reject') === 'rejected' ? (['reject'] as const) : []),
  ]

  const mainRef = useRef<HTMLElement>(null)
  usePageKeys(mainRef, onKeyDown)

  // False on the server and while hydrating: controls changed before then are reset by hydration.
  const hydrated = useHydrated()
  const conflicted = Object.values(segments).find((s) => s.conflict)
  const commentsId = comments ? (activeId ?? comments.segmentId) : null
  const columns = ['minmax(0,1fr)', 'minmax(0,1fr)', ...references.map(() => 'minmax(0,0.8fr)')].join(' ')

  return (
    <main
      ref={mainRef}
      className="wb"
      data-hydrated={hydrated}
      onKeyDownCapture={onKeyDown}
      style={{ ['--cols' as string]: columns }}
    >
      <WorkbenchBar
        documentId={props.documentId}
        title={props.title}
        lang={props.lang}
        otherLangs={props.otherLangs}
        filter={filter}
        onFilter={setFilter}
        query={query}
        onQuery={setQuery}
        references={references}
        onReferences={setReferences}
        rowCount={rows.length}
        addFailed={addFailed}
        saveState={overallSaveState(segments)}
        offline={offline}
        liveLost={liveLost}
        isApple={isApple}
        onShowKeys={() => setShowKeys(true)}
        onPretranslate={canEdit ? () => setPretranslating(true) : undefined}
        readOnly={!canEdit}
      />
      {canReview ? <ReviewBar review={review} shown={rows} isWaiting={isWaiting} isApple={isApple} /> : null}
      <div role="table" aria-label={props.title} style={{ display: 'contents' }}>
        <WorkbenchHead sourceLang={props.sourceLang} lang={props.lang} references={references} />
        <div className="wb-scroll" ref={scrollRef} role="rowgroup">
          {rows.length === 0 && (filter !== 'all' || needle !== '') ? (
            <NoMatches
              onClear={() => {
                setFilter('all')
                setQuery('')
              }}
            />
          ) : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]
              if (!row) return null
              return (
                <div
                  key={row.linkId}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="row"
                  aria-label={t('workbench.segment', { number: row.number })}
                  className={`wb-row${active?.row === item.index ? ' active' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  <WorkbenchCells
                    row={row}
                    status={rowStatus(row)}
                    activeTarget={active?.row === item.index ? active.target : null}
                    segments={segments}
                    needle={needle}
                    sourceLang={props.sourceLang}
                    lang={props.lang}
                    references={references}
                    readOnly={!canEdit}
                    onActivate={(target) => activate({ row: item.index, target })}
                    onShowHistory={(id) => setHistoryOf(id)}
                    rowActions={rowActions}
                    onRowAction={runRowAction}
                    openComments={commentCounts}
                    pretranslated={props.pretranslated ?? NO_MARKS}
                    openFor={openFor}
                    onOpenComments={(target, fromKeyboard) => {
                      const id = row.targetIds[target]
                      // Comments leave the text alone: a segment someone else has open shows its thread
                      // without asking to take it over (the panel follows the active segment, so none is).
                      if (id && id !== activeId && openFor.has(id)) activateNow(null)
                      else activate({ row: item.index, target })
                      // With the keyboard the cursor goes to a new comment (typing went into the segment).
                      if (id) setComments({ segmentId: id, focus: fromKeyboard })
                    }}
                    onAddSegment={() =>
                      void addSegment(props.documentId, props.lang, row.linkId).then((added) =>
                        added ? window.location.reload() : setAddFailed(true),
                      )
                    }
                    onEdit={edit}
                    onLeave={save}
                    onEditorReady={onEditorReady}
                    wasApproved={wasApproved}
                    review={
                      review.isOn
                        ? {
                            isSelected: review.selected.has(row.linkId),
                            onSelect: (withShift) => review.toggleRow(row.linkId, withShift, rows),
                            changes: review.changes,
                          }
                        : null
                    }
                  />
                  {active?.row === item.index && activeId ? (
                    <AssistPanel
                      context={{
                        documentId: props.documentId,
                        sourceLang: props.sourceLang,
                        lang: props.lang,
                        segmentId: activeId,
                        sourceText: row.sourceText,
                        sourceHtml: row.sourceHtml,
                        ...neighbourSources(props.rows, row.linkId),
                        editor: editorOf(activeId),
                        replaceTarget: (content) => replaceContent(activeId, content, true),
                        insertText: (text) => insertText(activeId, text),
                      }}
                    />
                  ) : null}
                </div>
              )
            })}
          </div>
        </div>
      </div>
      <ConcordanceLauncher srcLang={props.sourceLang} tgtLang={props.lang} />
      {conflicted ? (
        <ConflictDialog
          segment={conflicted}
          number={props.rows.find((r) => r.targetIds.includes(conflicted.id))?.number ?? 0}
          onResolve={(keep) => {
            if (keep === 'theirs' && conflicted.conflict)
              replaceContent(conflicted.id, conflicted.conflict.content, false)
            resolveConflict(conflicted.id, keep)
          }}
        />
      ) : null}
      {liveNotice ? (
        <div className="live-notice" role="status" data-testid="live-notice">
          <p>
            {liveNotice.kind === 'links'
              ? t('workbench.live.alignmentChanged', { user: liveNotice.user })
              : t('workbench.live.missed')}
          </p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('workbench.live.reload')}
          </button>
        </div>
      ) : null}
      {takeover ? (
        <ConfirmDeleteDialog
          title={t('workbench.live.takeOverTitle', {
            number: props.rows.find((r) => r.targetIds.includes(takeover.id))?.number ?? 0,
            names: takeover.names.join(', '),
          })}
          body={t('workbench.live.takeOverBody')}
          confirmLabel={t('workbench.live.takeOver')}
          busy={false}
          error={null}
          onCancel={() => setTakeover(null)}
          onConfirm={() => {
            setTakeover(null)
            activateNow(takeover.slot)
          }}
        />
      ) : null}
      {historyOf && segments[historyOf] ? (
        <HistoryPanel
          segmentId={historyOf}
          number={props.rows.find((r) => r.targetIds.includes(historyOf))?.number ?? 0}
          currentVersion={segments[historyOf].version}
          canRestore={segments[historyOf].saveState === 'saved'}
          lang={props.lang}
          dir={languageDirection(props.lang)}
          onRestored={(segment) => {
            replaceSegment(segment)
            restored.current = segment
          }}
          onClose={() => {
            setHistoryOf(null)
            const segment = restored.current
            restored.current = null
            if (segment) replaceContent(segment.id, segment.content, false)
          }}
        />
      ) : null}
      {pretranslating ? (
        <PretranslateDialog
          documentId={props.documentId}
          lang={props.lang}
          inEditor
          // The filled segments come back with the page: its segments and their versions are loaded once.
          onClose={(changed) => (changed ? window.location.reload() : setPretranslating(false))}
        />
      ) : null}
      {showKeys ? <ShortcutsDialog isApple={isApple} canReview={canReview} onClose={() => setShowKeys(false)} /> : null}
      {rejecting ? (
        <RejectDialog
          number={rejecting.number}
          error={rejectError}
          busy={false}
          onCancel={() => setRejecting(null)}
          onSubmit={(rejection) =>
            void review.reject(rejecting.id, rejection).then((error) => {
              setRejectError(error)
              if (error) return
              setRejecting(null)
              // The reason is a new thread (this tab's own comment event is left out: it counts here).
              refreshCommentCount(rejecting.id)
              // On to the next segment waiting for review, as approving does: focus never drops to the page.
              const at = rows.findIndex((r) => r.targetIds.includes(rejecting.id))
              const next = at >= 0 ? nextWaiting(rows, at, isWaiting) : -1
              if (next >= 0) activate({ row: next, target: 0 })
              else if (at >= 0 && at + 1 < rows.length) activate({ row: at + 1, target: 0 })
            })
          }
        />
      ) : null}
      {confirming ? (
        <ConfirmErrorsDialog
          number={confirming.number}
          issues={confirming.issues}
          onCancel={() => {
            setConfirming(null)
            editorOf(confirming.id)?.commands.focus()
          }}
          onConfirm={() => {
            setConfirming(null)
            setStatus(confirming.id, 'translated')
            if (confirming.id === activeId) move(1)
          }}
        />
      ) : null}
      {commentsId ? (
        <CommentThread
          key={commentsId}
          segmentId={commentsId}
          number={props.rows.find((r) => r.targetIds.includes(commentsId))?.number ?? 0}
          autoFocus={comments?.focus}
          onOpenCountChange={onCommentCount}
          onClose={() => setComments(null)}
        />
      ) : null}
    </main>
  )
}
