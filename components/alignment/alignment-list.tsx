'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { AlignmentView } from '@/lib/server/alignment/alignment-view'
import { languageName } from '@/lib/languages'
import { AlignmentRow } from './alignment-row'
import styles from './alignment.module.css'

/** What the view asks of the list: is a row in sight, and bring it there. */
export type RowListHandle = { isInView: (index: number) => boolean; reveal: (index: number) => void }

/**
 * The links as a virtualized table: one measured row per link, the cursor row marked. Heights are
 * kept by link id, not index, so a height follows its row through merges, splits and realigns (by
 * index a row inherited its predecessor's height: a blank band, or a row drawn over the next).
 */
export function AlignmentList(props: {
  view: AlignmentView
  cursor: number
  expanded: ReadonlySet<string>
  onSelect: (linkId: string, index: number) => void
  ref: Ref<RowListHandle>
}) {
  const { t, i18n } = useTranslation()
  const { view } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: view.rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    getItemKey: (index) => view.rows[index]?.linkId ?? index,
    overscan: 10,
  })
  // The drawn row of a link, if the virtualized list draws it.
  const rowAt = (index: number) => scrollRef.current?.querySelector(`[data-index="${index}"]`)
  useImperativeHandle(
    props.ref,
    () => ({
      isInView: (index) => {
        const list = scrollRef.current
        const item = rowAt(index)
        if (!list || !item) return false
        // What of the list the window shows: the list can reach below the window's bottom edge.
        const box = list.getBoundingClientRect()
        const top = Math.max(box.top, 0)
        const bottom = Math.min(box.bottom, window.innerHeight)
        const row = item.getBoundingClientRect()
        // Wholly visible, or filling the visible list when the row is taller than it.
        return Math.min(bottom, row.bottom) - Math.max(top, row.top) >= Math.min(row.height, bottom - top) - 1
      },
      reveal: (index) => {
        virtualizer.scrollToIndex(index, { align: 'auto' })
        // The row in the list, then the list's part in the window, when the page scrolls too (a row the
        // list had not drawn yet is there a frame later).
        const drawn = rowAt(index)
        if (drawn) drawn.scrollIntoView({ block: 'nearest' })
        else requestAnimationFrame(() => rowAt(index)?.scrollIntoView({ block: 'nearest' }))
      },
    }),
    [virtualizer],
  )
  // One tab stop for the list (roving tabindex): the cursor row. It takes the focus on load and
  // follows the cursor while the focus is on a row or nowhere (after a dialog closes, say); what has
  // the focus inside a row (the sentence pairs being edited) keeps it.
  useEffect(() => {
    const list = scrollRef.current
    const active = document.activeElement
    const isFree = !active || active === document.body || active === list || active.getAttribute('role') === 'row'
    if (!list || !isFree || (active && active !== document.body && !list.contains(active))) return
    const row = list.querySelector<HTMLElement>(`[data-index="${props.cursor}"] > [role="row"]`)
    if (row && row !== active) row.focus({ preventScroll: true })
  })
  return (
    <div
      role="table"
      aria-label={t('alignment.tableLabel')}
      aria-rowcount={view.rows.length}
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
            const r = view.rows[item.index]
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
                  isCursor={item.index === props.cursor}
                  isExpanded={props.expanded.has(r.linkId)}
                  documentId={view.documentId}
                  sourceLang={view.sourceLang}
                  lang={view.lang}
                  onSelect={() => props.onSelect(r.linkId, item.index)}
                />
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
