'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import Link from 'next/link'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { findAlignmentAction, type AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'
import { alignmentQuality, reviewQueue } from '@/lib/alignment-ops/review-queue'
import type { AlignmentView as View } from '@/lib/server/alignment/alignment-view'
import { languageName } from '@/lib/languages'
import { ErrorMessage } from '../documents/error-message'
import { AlignmentPanels } from './alignment-panels'
import { AlignmentRow } from './alignment-row'
import { AlignmentShortcuts } from './alignment-shortcuts'
import { AlignmentToolbar } from './alignment-toolbar'
import styles from './alignment.module.css'
import { SplitDialog } from './split-dialog'
import { SplitSegmentDialog } from './split-segment-dialog'
import { toOperation } from './to-operation'
import { useAlignment } from './use-alignment'

/** The alignment editor: one row per link, a keyboard cursor, and every operation saved at once. */
export function AlignmentView({ initial }: { initial: View }) {
  const { t, i18n } = useTranslation()
  const { view, busy, notice, run, dismiss } = useAlignment(initial)
  const [cursorId, setCursorId] = useState<string | null>(initial.rows[0]?.linkId ?? null)
  const lastIndex = useRef(0)
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const [isReviewing, setReviewing] = useState(false)
  const [dialog, setDialog] = useState<'help' | 'split' | 'splitSegment' | null>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
  const { rows } = view
  const found = rows.findIndex((r) => r.linkId === cursorId)
  const cursor = found >= 0 ? found : Math.min(lastIndex.current, rows.length - 1)
  lastIndex.current = Math.max(0, cursor)
  const row = rows[cursor]
  const links = useMemo(
    () =>
      rows.map((r) => ({ id: r.linkId, confirmed: r.confirmed, origin: r.origin as 'auto', confidence: r.confidence })),
    [rows],
  )
  const queue = useMemo(() => reviewQueue(links), [links])
  const quality = useMemo(() => alignmentQuality(links), [links])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    overscan: 10,
  })

  const goTo = (index: number) => {
    const target = rows[index]
    if (!target) return
    setCursorId(target.linkId)
    virtualizer.scrollToIndex(index, { align: 'auto' })
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
    if (action === 'nextIrregular') return findAfter((k) => rows[k]?.type !== '1:1')
    if (action === 'nextUnconfirmed') return findAfter((k) => rows[k]?.confirmed === false)
    if (action === 'nextUncertain') return stepQueue(1)
    if (action === 'previousUncertain') return stepQueue(-1)
    if (action === 'sentences' && row)
      return setExpanded(
        (set) => new Set(set.has(row.linkId) ? [...set].filter((id) => id !== row.linkId) : [...set, row.linkId]),
      )
    if (action === 'split') return row && row.sources.length + row.targets.length > 1 ? setDialog('split') : undefined
    if (action === 'splitSegment') return row && row.targets.length > 0 ? setDialog('splitSegment') : undefined
    const operation = toOperation(action, row)
    if (!operation) return
    const wasQueued = queue.includes(row?.linkId ?? '')
    const next = await run(operation)
    // Only a link that was under review moves the cursor on once it is dealt with.
    if (next && isReviewing && wasQueued) {
      const nextQueue = reviewQueue(
        next.rows.map((r) => ({
          id: r.linkId,
          confirmed: r.confirmed,
          origin: r.origin as 'auto',
          confidence: r.confidence,
        })),
      )
      if (!nextQueue.includes(row?.linkId ?? '') && nextQueue[0]) setCursorId(nextQueue[0])
    }
  }
  const actRef = useRef(act)
  actRef.current = act
  const isReviewingRef = useRef(isReviewing)
  isReviewingRef.current = isReviewing

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [role="dialog"]')) return
      if (event.key === 'Escape' && isReviewingRef.current) {
        event.preventDefault()
        return setReviewing(false)
      }
      const action = findAlignmentAction(event, isApple)
      // Enter and Space keep their usual meaning on links and buttons that have the focus.
      if (!action || ((event.key === 'Enter' || event.key === ' ') && target?.closest('a, button'))) return
      event.preventDefault()
      void actRef.current(action)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [isApple])

  const isDisabled = (action: AlignmentAction) => {
    if (action === 'undo') return busy || !view.canUndo
    if (action === 'redo') return busy || !view.canRedo
    if (action === 'help' || action === 'realign') return busy && action === 'realign'
    if (!row) return true
    if (action === 'merge') return busy || cursor >= rows.length - 1
    if (action === 'joinSegments') return busy || row.targets.length < 2
    if (action === 'splitSegment') return busy || row.targets.length === 0
    return (
      busy &&
      ![
        'previous',
        'next',
        'nextIrregular',
        'nextUnconfirmed',
        'nextUncertain',
        'previousUncertain',
        'sentences',
      ].includes(action)
    )
  }
  const sentencesUrl = (linkId: string) =>
    `/api/documents/${view.documentId}/translations/${encodeURIComponent(view.lang)}/links/${linkId}/sentences`

  return (
    <div className="wb" aria-busy={busy}>
      <div className="wb-bar">
        <Link href={`/documents/${view.documentId}`}>← {t('common.back')}</Link>
        <h1>{t('alignment.title', { title: view.title, lang: languageName(view.lang, i18n.language) })}</h1>
        <Link href={`/documents/${view.documentId}/translate/${encodeURIComponent(view.lang)}`}>
          {t('alignment.openEditor')}
        </Link>
        <span className="muted" data-testid="link-count">
          {t('alignment.linkCount', { count: rows.length })}
        </span>
        <span style={{ flex: 1 }} />
        <span
          role="status"
          aria-live="polite"
          data-testid="align-state"
          data-state={busy ? 'saving' : 'saved'}
          className="muted"
        >
          {busy ? t('alignment.saving') : t('alignment.saved')}
        </span>
      </div>
      <AlignmentToolbar isApple={isApple} isDisabled={isDisabled} onAction={(a) => void act(a)} />
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
      {notice ? (
        <div style={{ padding: '4px 16px', display: 'flex', gap: 8, alignItems: 'center' }}>
          {notice.kind === 'reloaded' ? (
            <p className="error" role="alert">
              {t('alignment.reloaded')}
            </p>
          ) : (
            <ErrorMessage error={notice.error} />
          )}
          <button type="button" onClick={dismiss}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
      <div
        role="table"
        aria-label={t('alignment.tableLabel')}
        aria-rowcount={rows.length}
        style={{ display: 'contents' }}
      >
        <div className={styles.head} role="row">
          <div role="columnheader">{t('alignment.link')}</div>
          <div role="columnheader">{languageName(view.sourceLang, i18n.language)}</div>
          <div role="columnheader">{languageName(view.lang, i18n.language)}</div>
        </div>
        <div className="wb-scroll" ref={scrollRef} role="rowgroup">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const r = rows[item.index]
              if (!r) return null
              return (
                <div
                  key={r.linkId}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  <AlignmentRow
                    row={r}
                    number={item.index + 1}
                    isCursor={item.index === cursor}
                    isExpanded={expanded.has(r.linkId)}
                    sentencesUrl={sentencesUrl(r.linkId)}
                    sourceLang={view.sourceLang}
                    lang={view.lang}
                    onSelect={() => setCursorId(r.linkId)}
                  />
                </div>
              )
            })}
          </div>
        </div>
      </div>
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
    </div>
  )
}
