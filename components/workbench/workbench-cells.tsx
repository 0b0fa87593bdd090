'use client'
import { StrokeIcon } from '@/components/ui/stroke-icon'
import type { Editor } from '@tiptap/react'
import { useCallback, useRef, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { languageDirection, languageName } from '@/lib/languages'
import { highlightMatches } from '@/lib/richtext/highlight-matches'
import { markTermsInHtml } from '@/lib/glossary/mark-terms-html'
import { useGlossaryMatches } from '@/components/glossary/use-glossary-matches'
import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentChanges } from '@/lib/api/client'
import type { SegmentState } from '@/lib/workbench/autosave'
import type { SegmentStatus } from '@/lib/workbench/segment-states'
import { RowDiff } from './row-diff'
import { focusAtEnd, SegmentEditor } from './segment-editor'
import type { PretranslatedMark, ReferenceColumn, WorkbenchRow as Row } from './types'

/** What the active row's buttons do, as their keys: confirm, approve, reject (`KEYMAP`). */
export type RowAction = 'confirmAndNext' | 'approveAndNext' | 'reject'

const ROW_ACTION_LABEL = {
  confirmAndNext: 'workbench.rowActions.confirm',
  approveAndNext: 'workbench.rowActions.approve',
  reject: 'workbench.rowActions.reject',
} as const

/** The column headers: number, source, target, then one per reference language. */
export function WorkbenchHead(props: { sourceLang: string; lang: string; references: ReferenceColumn[] }) {
  const { t, i18n } = useTranslation()
  return (
    <div className="wb-head" role="row">
      <div role="columnheader">#</div>
      <div role="columnheader">{t('workbench.source', { lang: languageName(props.sourceLang, i18n.language) })}</div>
      <div role="columnheader">{t('workbench.target', { lang: languageName(props.lang, i18n.language) })}</div>
      {props.references.map((r) => (
        <div key={r.lang} role="columnheader">
          {t('workbench.reference', { lang: languageName(r.lang, i18n.language) })}
        </div>
      ))}
    </div>
  )
}

/** The cells of one link: number and status, the source, its target segments (one may be live), references. */
export function WorkbenchCells(props: {
  row: Row
  status: SegmentStatus
  /** The target being edited in this row, or null */
  activeTarget: number | null
  segments: Readonly<Record<string, SegmentState>>
  needle: string
  sourceLang: string
  lang: string
  references: ReferenceColumn[]
  /** The person may not edit this language: the targets are shown as text, never opened for typing */
  readOnly?: boolean
  onActivate: (target: number) => void
  /** Opens the history of a target segment (offered on the row being edited). */
  onShowHistory: (id: string) => void
  /** The buttons of the row being edited, each doing what its key does (a mouse path to every status change). */
  rowActions?: readonly RowAction[]
  onRowAction?: (action: RowAction) => void
  /** Open comment threads per segment id. */
  openComments: Readonly<Record<string, number>>
  /** Segments pre-translated from the memory, shown while their version is the pre-translation's. */
  pretranslated: Readonly<Record<string, PretranslatedMark>>
  /** Who else has a segment open, by segment id (soft-locked: opening it asks first). */
  openFor: ReadonlyMap<string, string[]>
  /** Opens the comments of one of the row's targets. */
  /** `fromKeyboard`: opened with Enter or Space, so the cursor goes to a new comment, as with Alt+M. */
  onOpenComments: (target: number, fromKeyboard: boolean) => void
  onAddSegment: () => void
  onEdit: (id: string, doc: RichDoc) => void
  onLeave: (id: string) => void
  onEditorReady: (id: string, editor: Editor | null) => void
  /** True for a segment that was approved once and is not now (edited since) */
  wasApproved: (id: string) => boolean
  /** Review mode's parts of the row, or null outside it */
  review: {
    isSelected: boolean
    onSelect: (withShift: boolean) => void
    changes: ReadonlyMap<string, SegmentChanges>
  } | null
}) {
  const { t } = useTranslation()
  const { row, segments, needle, review } = props
  const dir = languageDirection(props.lang)
  const counts = row.targetIds.map((id) => props.openComments[id] ?? 0)
  const openCount = counts.reduce((sum, n) => sum + n, 0)
  // The active row's source shows its glossary terms underlined (marked before the search highlight, whose offsets do not matter).
  const terms = useGlossaryMatches(props.activeTarget !== null, props.sourceLang, props.lang, row.sourceHtml)
  // This row's live editor, for a press on the blank part of its cell.
  const live = useRef<{ id: string; editor: Editor } | null>(null)
  const { onEditorReady, onActivate, activeTarget } = props
  const onReady = useCallback(
    (id: string, editor: Editor | null) => {
      if (editor) live.current = { id, editor }
      else if (live.current?.id === id) live.current = null
      onEditorReady(id, editor)
    },
    [onEditorReady],
  )
  // The target cell is as tall as its source: a press on its blank part (padding, below a short segment) edits
  // the segment nearest to it, as in CAT tools. Presses on the segments, buttons and text inside keep their own.
  const onBlankPress = (event: MouseEvent<HTMLDivElement>) => {
    if (props.readOnly || event.button !== 0 || event.target !== event.currentTarget || row.targetIds.length === 0)
      return
    // Keeps the live editor's focus, and starts no selection in the blank.
    event.preventDefault()
    const target = nearestTarget(event.currentTarget, event.clientY)
    const editor = live.current && live.current.id === row.targetIds[target] ? live.current.editor : null
    if (target === activeTarget && editor && !editor.isDestroyed) focusAtEnd(editor)
    else onActivate(target)
  }
  return (
    <>
      <div className="wb-num" role="cell">
        {review ? (
          <input
            type="checkbox"
            aria-label={t('workbench.review.select', { number: row.number })}
            checked={review.isSelected}
            onChange={() => {}}
            onClick={(e) => review.onSelect(e.shiftKey)}
          />
        ) : null}
        <span>{row.number}</span>
        <span className={`badge ${props.status}`} data-testid="row-status">
          {t(`status.${props.status}`)}
        </span>
        {row.targetIds.map((id) => {
          const mark = props.pretranslated[id]
          if (!mark || segments[id]?.version !== mark.version) return null
          const title = t('tm.pretranslate.badge.title', { origin: mark.originLabel })
          return (
            <span key={id} className="badge pretranslated" data-testid="pretranslated" title={title}>
              {t(mark.kind === 'context' ? 'tm.pretranslate.badge.context' : 'tm.pretranslate.badge.exact')}
              <span className="skip"> ({title})</span>
            </span>
          )
        })}
        {row.type !== '1:1' ? <span title={t('workbench.linkType', { type: row.type })}>{row.type}</span> : null}
        {props.activeTarget !== null && row.targetIds[props.activeTarget] ? (
          <button
            type="button"
            className="history-button"
            aria-label={t('history.openLabel', { number: row.number })}
            title={t('keys.history')}
            // Keep the live editor focused until the click lands (its blur would save and re-render first).
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => props.onShowHistory(row.targetIds[props.activeTarget ?? 0]!)}
          >
            {t('history.open')}
          </button>
        ) : null}
        {props.activeTarget !== null && row.targetIds[props.activeTarget]
          ? (props.rowActions ?? []).map((action) => (
              <button
                key={action}
                type="button"
                className={`row-action ${action}`}
                aria-label={t(`${ROW_ACTION_LABEL[action]}Label`, { number: row.number })}
                title={t(`keys.${action}`)}
                // Keep the live editor focused until the click lands, as the History button does.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => props.onRowAction?.(action)}
              >
                {t(ROW_ACTION_LABEL[action])}
              </button>
            ))
          : null}
        {row.targetIds.some(props.wasApproved) ? (
          <span className="muted" data-testid="edited-since-approval">
            {t('workbench.review.editedSinceApproval')}
          </span>
        ) : null}
        {row.targetIds.length > 0 ? (
          <button
            type="button"
            className={`comment-count${openCount > 0 ? '' : ' none'}`}
            data-testid="row-comments"
            aria-label={openCount > 0 ? t('review.comments.count', { count: openCount }) : t('review.comments.open')}
            title={openCount > 0 ? t('review.comments.count', { count: openCount }) : t('review.comments.open')}
            onClick={(event) =>
              props.onOpenComments(
                Math.max(
                  0,
                  counts.findIndex((n) => n > 0),
                ),
                // A click made with a key has no pointer position: detail 0.
                event.detail === 0,
              )
            }
          >
            {/* A drawn bubble, not an emoji: a machine without an emoji font showed a box. */}
            <StrokeIcon d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1.1-4.6A8 8 0 1 1 21 12z" size={14} />
            {openCount > 0 ? ` ${openCount}` : null}
          </button>
        ) : null}
      </div>
      <div
        className="wb-cell"
        role="cell"
        lang={props.sourceLang}
        dir={languageDirection(props.sourceLang)}
        dangerouslySetInnerHTML={{ __html: highlightMatches(markTermsInHtml(row.sourceHtml, terms), needle) }}
      />
      <div className="wb-cell" role="cell" lang={props.lang} dir={dir} onMouseDown={onBlankPress}>
        {row.targetIds.length === 0 && row.sourceIds.length > 0 ? (
          <div className="placeholder">
            <p>{t('workbench.noCounterpart')}</p>
            {props.readOnly ? null : (
              <button type="button" onClick={props.onAddSegment}>
                {t('workbench.addSegment')}
              </button>
            )}
          </div>
        ) : null}
        {row.targetIds.map((id, index) => {
          const segment = segments[id]
          if (!segment) return null
          const names = props.openFor.get(id)?.join(', ')
          const label = names
            ? t('workbench.live.editLocked', { number: row.number, names })
            : t('workbench.edit', { number: row.number })
          const change = review?.changes.get(id)
          const diff = change ? <RowDiff key={`${id}-diff`} change={change} lang={props.lang} dir={dir} /> : null
          if (props.activeTarget === index)
            return [
              diff,
              <SegmentEditor
                key={id}
                id={id}
                index={index}
                content={segment.content}
                label={label}
                lang={props.lang}
                dir={dir}
                onChange={(doc) => props.onEdit(id, doc)}
                onBlur={() => props.onLeave(id)}
                onReady={onReady}
              />,
            ]
          if (props.readOnly)
            return [
              diff,
              segment.text ? (
                <div
                  key={id}
                  data-segment={id}
                  data-target={index}
                  dangerouslySetInnerHTML={{ __html: highlightMatches(segment.html, needle) }}
                />
              ) : (
                <div key={id} data-segment={id} data-target={index} className="placeholder">
                  <p>{t('workbench.emptyTargetReadOnly')}</p>
                </div>
              ),
            ]
          return [
            diff,
            names ? (
              <p key={`${id}-open`} className="live-open-for" data-testid="open-for" aria-hidden="true">
                {t('workbench.live.editing', { names })}
              </p>
            ) : null,
            <div
              key={id}
              tabIndex={0}
              role="button"
              aria-label={label}
              data-segment={id}
              data-target={index}
              className={segment.text ? undefined : 'placeholder'}
              onClick={() => props.onActivate(index)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  props.onActivate(index)
                }
              }}
              dangerouslySetInnerHTML={{
                __html: segment.text ? highlightMatches(segment.html, needle) : `<p>${t('workbench.emptyTarget')}</p>`,
              }}
            />,
          ]
        })}
      </div>
      {props.references.map((r) => (
        <div
          key={r.lang}
          className="wb-cell reference"
          role="cell"
          lang={r.lang}
          dir={languageDirection(r.lang)}
          dangerouslySetInnerHTML={{ __html: row.sourceIds.map((sid) => r.htmlBySource[sid] ?? '').join('') }}
        />
      ))}
    </>
  )
}

/** The index of the cell's target segment nearest to a height: the last one starting above it, or the first. */
function nearestTarget(cell: HTMLElement, clientY: number): number {
  let nearest = 0
  for (const element of cell.querySelectorAll<HTMLElement>('[data-target]')) {
    if (element.getBoundingClientRect().top <= clientY) nearest = Number(element.dataset.target)
  }
  return nearest
}
