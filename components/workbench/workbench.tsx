'use client'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Editor } from '@tiptap/react'
import Link from 'next/link'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { languageDirection, languageName } from '@/lib/languages'
import { highlightMatches } from '@/lib/richtext/highlight-matches'
import type { RichDoc } from '@/lib/richtext/types'
import { findAction, formatCombo, KEYMAP } from '@/lib/workbench/keymap'
import { STATUS_ORDER, type SegmentStatus } from '@/lib/workbench/segment-states'
import { ConflictDialog } from './conflict-dialog'
import { ReferencePicker } from './reference-picker'
import { focusAtEnd, SegmentEditor } from './segment-editor'
import { ShortcutsDialog } from './shortcuts-dialog'
import type { InitialSegment, ReferenceColumn, WorkbenchRow } from './types'
import { useSegmentStore } from './use-segment-store'

export type WorkbenchProps = {
  documentId: string
  title: string
  sourceLang: string
  lang: string
  otherLangs: string[]
  rows: WorkbenchRow[]
  segments: InitialSegment[]
}

type Slot = { row: number; target: number }

/** The side-by-side editor: virtualized rows, one live editor on the active segment, autosave, keyboard-first. */
export function Workbench(props: WorkbenchProps) {
  const { t, i18n } = useTranslation()
  const { segments, edit, save, setStatus, resolveConflict } = useSegmentStore(props.segments)
  const [filter, setFilter] = useState<SegmentStatus | 'all'>('all')
  const [query, setQuery] = useState('')
  // The active segment by link id, not by row index: rows come and go as filters and statuses change.
  const [activeKey, setActiveKey] = useState<{ linkId: string; target: number } | null>(null)
  const [references, setReferences] = useState<ReferenceColumn[]>([])
  const [showKeys, setShowKeys] = useState(false)
  const [addFailed, setAddFailed] = useState(false)
  // The live editor and the segment it edits: commands go to it directly, so none outlives its segment.
  const live = useRef<{ id: string; editor: Editor } | null>(null)
  const onEditorReady = useCallback((id: string, editor: Editor | null) => {
    if (editor) live.current = { id, editor }
    else if (live.current?.id === id) live.current = null
  }, [])
  const replaceContent = (id: string, doc: RichDoc | string, emitUpdate: boolean) => {
    const editor = live.current?.id === id ? live.current.editor : null
    if (!editor || editor.isDestroyed) return
    editor.commands.setContent(doc, { emitUpdate })
    focusAtEnd(editor)
  }
  const scrollRef = useRef<HTMLDivElement>(null)
  const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
  const dir = languageDirection(props.lang)
  const sourceDir = languageDirection(props.sourceLang)

  const rowStatus = useCallback(
    (row: WorkbenchRow): SegmentStatus => {
      const statuses = row.targetIds.map((id) => segments[id]?.status ?? 'empty')
      return statuses.reduce<SegmentStatus>(
        (a, b) => (STATUS_ORDER.indexOf(b) < STATUS_ORDER.indexOf(a) ? b : a),
        statuses[0] ?? 'empty',
      )
    },
    [segments],
  )

  const needle = query.trim()
  const isFiltered = filter !== 'all' || needle !== ''
  const sourceTexts = useMemo(
    () => new Map(props.rows.map((row) => [row.linkId, row.sourceText.toLocaleLowerCase()])),
    [props.rows],
  )
  const rows = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase()
    return props.rows.filter((row) => {
      // The row being edited stays until it is left, even when its new status no longer matches.
      if (row.linkId === activeKey?.linkId) return true
      if (filter !== 'all' && rowStatus(row) !== filter) return false
      if (!needle) return true
      return (
        (sourceTexts.get(row.linkId) ?? '').includes(needle) ||
        row.targetIds.some((id) => segments[id]?.text.toLocaleLowerCase().includes(needle))
      )
    })
  }, [props.rows, filter, query, rowStatus, segments, sourceTexts, activeKey?.linkId])

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

  const activate = useCallback(
    (slot: Slot | null) => {
      if (activeId) void save(activeId)
      const linkId = slot ? rows[slot.row]?.linkId : undefined
      setActiveKey(slot && linkId ? { linkId, target: slot.target } : null)
    },
    [activeId, save, rows],
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

  /** Gives a paragraph with no counterpart (1:0) an empty segment, then reloads the rows with it. */
  const addSegment = async (linkId: string) => {
    const base = `/api/documents/${props.documentId}/translations/${encodeURIComponent(props.lang)}`
    const view = await fetch(base).then(
      (r) => (r.ok ? (r.json() as Promise<{ version: number }>) : null),
      () => null,
    )
    const added =
      view &&
      (await fetch(`${base}/links`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ op: 'add-segment', linkId, version: view.version }),
      }).then(
        (r) => r.ok,
        () => false,
      ))
    if (added) window.location.reload()
    else setAddFailed(true)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // While the shortcuts list is open its own keys (Escape) apply, not the editor's.
    if (showKeys) return
    // The native event: React's lacks `isComposing`, which keeps Korean input out of the shortcuts.
    const action = findAction(event.nativeEvent, isApple)
    if (!action) return
    event.preventDefault()
    event.stopPropagation()
    if (action === 'help') return setShowKeys(true)
    if (action === 'next') return move(1)
    if (action === 'previous') return move(-1)
    if (action === 'cancel') return activate(null)
    if (!activeId || !active) return
    if (action === 'copySource') replaceContent(activeId, rows[active.row]?.sourceHtml ?? '', true)
    if (action === 'confirmAndNext') {
      setStatus(activeId, 'translated')
      move(1)
    }
  }

  const conflicted = Object.values(segments).find((s) => s.conflict)
  const overall = Object.values(segments).reduce<'saved' | 'unsaved' | 'saving' | 'failed'>((acc, s) => {
    const rank = { saved: 0, unsaved: 1, saving: 2, failed: 3 }
    return rank[s.saveState] > rank[acc] ? s.saveState : acc
  }, 'saved')
  const columns = ['minmax(0,1fr)', 'minmax(0,1fr)', ...references.map(() => 'minmax(0,0.8fr)')].join(' ')

  return (
    <div className="wb" onKeyDownCapture={onKeyDown} style={{ ['--cols' as string]: columns }}>
      <div className="wb-bar">
        <Link href={`/documents/${props.documentId}`}>← {t('common.back')}</Link>
        <h1>{t('workbench.title', { title: props.title, lang: languageName(props.lang, i18n.language) })}</h1>
        <label>
          <span className="skip">{t('workbench.filter')}</span>
          <select
            aria-label={t('workbench.filter')}
            value={filter}
            onChange={(e) => setFilter(e.target.value as SegmentStatus | 'all')}
          >
            <option value="all">{t('status.all')}</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <input
          type="search"
          aria-label={t('workbench.find')}
          placeholder={t('workbench.find')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <ReferencePicker
          documentId={props.documentId}
          langs={props.otherLangs}
          selected={references}
          onChange={setReferences}
        />
        <span className="muted">{t('workbench.rowsShown', { count: rows.length })}</span>
        <Link href={`/documents/${props.documentId}/align/${encodeURIComponent(props.lang)}`}>
          {t('alignment.open')}
        </Link>
        <span style={{ flex: 1 }} />
        {addFailed ? (
          <span className="error" role="alert">
            {t('workbench.addSegmentFailed')}
          </span>
        ) : null}
        <span
          className={`save-state ${overall}`}
          role="status"
          aria-live="polite"
          data-testid="save-state"
          data-state={overall}
        >
          {t(`workbench.save.${overall}`)}
        </span>
        <button type="button" onClick={() => setShowKeys(true)} title={formatCombo(KEYMAP.help[0], isApple)}>
          {t('workbench.shortcuts')}
        </button>
      </div>
      <div role="table" aria-label={props.title} style={{ display: 'contents' }}>
        <div className="wb-head" role="row">
          <div role="columnheader">#</div>
          <div role="columnheader">
            {t('workbench.source', { lang: languageName(props.sourceLang, i18n.language) })}
          </div>
          <div role="columnheader">{t('workbench.target', { lang: languageName(props.lang, i18n.language) })}</div>
          {references.map((r) => (
            <div key={r.lang} role="columnheader">
              {t('workbench.reference', { lang: languageName(r.lang, i18n.language) })}
            </div>
          ))}
        </div>
        <div className="wb-scroll" ref={scrollRef} role="rowgroup">
          {rows.length === 0 && isFiltered ? (
            <div className="wb-empty" role="status">
              <p>{t('workbench.noMatches')}</p>
              <button
                type="button"
                onClick={() => {
                  setFilter('all')
                  setQuery('')
                }}
              >
                {t('workbench.clearFilters')}
              </button>
            </div>
          ) : null}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]
              if (!row) return null
              const status = rowStatus(row)
              const isActiveRow = active?.row === item.index
              return (
                <div
                  key={row.linkId}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="row"
                  aria-label={t('workbench.segment', { number: row.number })}
                  className={`wb-row${isActiveRow ? ' active' : ''}`}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
                >
                  <div className="wb-num" role="cell">
                    <span>{row.number}</span>
                    <span className={`badge ${status}`} data-testid="row-status">
                      {t(`status.${status}`)}
                    </span>
                    {row.type !== '1:1' ? (
                      <span title={t('workbench.linkType', { type: row.type })}>{row.type}</span>
                    ) : null}
                  </div>
                  <div
                    className="wb-cell"
                    role="cell"
                    lang={props.sourceLang}
                    dir={sourceDir}
                    dangerouslySetInnerHTML={{ __html: highlightMatches(row.sourceHtml, needle) }}
                  />
                  <div className="wb-cell" role="cell" lang={props.lang} dir={dir}>
                    {row.targetIds.length === 0 && row.sourceIds.length > 0 ? (
                      <div className="placeholder">
                        <p>{t('workbench.noCounterpart')}</p>
                        <button type="button" onClick={() => void addSegment(row.linkId)}>
                          {t('workbench.addSegment')}
                        </button>
                      </div>
                    ) : null}
                    {row.targetIds.map((id, index) => {
                      const segment = segments[id]
                      if (!segment) return null
                      if (isActiveRow && active?.target === index) {
                        return (
                          <SegmentEditor
                            key={id}
                            id={id}
                            content={segment.content}
                            label={t('workbench.edit', { number: row.number })}
                            lang={props.lang}
                            dir={dir}
                            onChange={(doc) => edit(id, doc)}
                            onBlur={() => void save(id)}
                            onReady={onEditorReady}
                          />
                        )
                      }
                      return (
                        <div
                          key={id}
                          tabIndex={0}
                          role="button"
                          aria-label={t('workbench.edit', { number: row.number })}
                          className={segment.text ? undefined : 'placeholder'}
                          onClick={() => activate({ row: item.index, target: index })}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') {
                              e.preventDefault()
                              activate({ row: item.index, target: index })
                            }
                          }}
                          dangerouslySetInnerHTML={{
                            __html: segment.text
                              ? highlightMatches(segment.html, needle)
                              : `<p>${t('workbench.emptyTarget')}</p>`,
                          }}
                        />
                      )
                    })}
                  </div>
                  {references.map((r) => (
                    <div
                      key={r.lang}
                      className="wb-cell reference"
                      role="cell"
                      lang={r.lang}
                      dir={languageDirection(r.lang)}
                      dangerouslySetInnerHTML={{
                        __html: row.sourceIds.map((sid) => r.htmlBySource[sid] ?? '').join(''),
                      }}
                    />
                  ))}
                </div>
              )
            })}
          </div>
        </div>
      </div>
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
      {showKeys ? <ShortcutsDialog isApple={isApple} onClose={() => setShowKeys(false)} /> : null}
    </div>
  )
}
