'use client'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { api, type Revision, type Segment, type SegmentHistory } from '@/lib/api/client'
import { ErrorMessage } from '@/components/ui/error-message'
import { WordDiff } from '@/components/ui/word-diff'
import { RelativeTime } from '@/components/ui/relative-time'
import { Modal } from '@/components/ui/modal'

type Props = {
  segmentId: string
  /** The row number, for the title. */
  number: number
  /** The version the editor shows: a restore is saved on top of it. */
  currentVersion: number
  /** False while the editor has changes not yet saved: a restore would write over them. */
  canRestore: boolean
  lang: string
  dir: 'ltr' | 'rtl'
  onRestored: (segment: Segment) => void
  onClose: () => void
}

/**
 * One segment's history: every revision newest first, with its status, author, time and word diff to
 * the one before, and "Restore this version" (asked once more before it writes a new revision).
 * Escape closes it and focus returns where it was.
 */
export function HistoryPanel(props: Props) {
  const { segmentId, onClose } = props
  const { t } = useTranslation()
  const titleId = useId()
  const closeRef = useRef<HTMLButtonElement>(null)
  const [history, setHistory] = useState<SegmentHistory | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [confirming, setConfirming] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [restored, setRestored] = useState<number | null>(null)

  // Bumped after a restore, so the list is read again with the new revision.
  const [loads, setLoads] = useState(0)

  useEffect(() => {
    let stopped = false
    const load = async () => {
      const result = await api.listRevisions(segmentId)
      if (stopped) return
      if (result.ok) setHistory(result.data)
      else setError(result.error)
    }
    void load()
    return () => {
      stopped = true
    }
  }, [segmentId, loads])
  useEffect(() => {
    closeRef.current?.focus()
  }, [])

  const restore = async (version: number) => {
    setBusy(true)
    setError(null)
    const result = await api.restoreRevision(segmentId, version, props.currentVersion)
    setBusy(false)
    setConfirming(null)
    // The confirm button goes away: keep focus in the dialog, so Escape and Tab still work.
    closeRef.current?.focus()
    if (!result.ok) return setError(result.error)
    setRestored(version)
    props.onRestored(result.data)
    setLoads((n) => n + 1)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    // The dialog's own keys: the editor's shortcuts do not reach the rows behind it.
    event.stopPropagation()
    // Escape takes back a restore being asked before it closes the panel.
    if (event.key !== 'Escape' || busy || confirming === null) return
    event.preventDefault()
    setConfirming(null)
  }

  return (
    <Modal
      labelledBy={titleId}
      busy={busy || history === null}
      onClose={busy ? undefined : onClose}
      onKeyDown={onKeyDown}
      style={{ maxHeight: '90vh', overflow: 'auto' }}
    >
      <h2 id={titleId} style={{ marginTop: 0 }}>
        {t('history.title', { number: props.number })}
      </h2>
      <ErrorMessage error={error} />
      {restored !== null ? <p role="status">{t('history.restored', { version: restored })}</p> : null}
      {!props.canRestore ? <p>{t('history.unsaved')}</p> : null}
      {history === null && !error ? <p role="status">{t('history.loading')}</p> : null}
      {history?.revisions.length === 0 ? <p>{t('history.empty')}</p> : null}
      {history && history.revisions.length > 0 ? (
        <ol className="history-list" aria-label={t('history.versions')}>
          {history.revisions.map((revision) => (
            <RevisionItem
              key={revision.version}
              revision={revision}
              isCurrent={revision.version === props.currentVersion}
              canRestore={props.canRestore && !busy}
              isConfirming={confirming === revision.version}
              busy={busy}
              lang={props.lang}
              dir={props.dir}
              onAsk={() => setConfirming(revision.version)}
              onCancel={() => setConfirming(null)}
              onConfirm={() => void restore(revision.version)}
            />
          ))}
        </ol>
      ) : null}
      {history?.truncated ? <p>{t('history.truncated', { count: history.revisions.length })}</p> : null}
      <p style={{ textAlign: 'end' }}>
        <button ref={closeRef} type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </p>
    </Modal>
  )
}

function RevisionItem(props: {
  revision: Revision
  isCurrent: boolean
  canRestore: boolean
  isConfirming: boolean
  busy: boolean
  lang: string
  dir: 'ltr' | 'rtl'
  onAsk: () => void
  onCancel: () => void
  onConfirm: () => void
}) {
  const { t } = useTranslation()
  const { revision } = props
  const confirmRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (props.isConfirming) confirmRef.current?.focus()
  }, [props.isConfirming])
  return (
    <li aria-current={props.isCurrent ? 'true' : undefined}>
      <div className="meta">
        <strong>{t('history.version', { version: revision.version })}</strong>
        <span className={`badge ${revision.status}`}>{t(`status.${revision.status}`)}</span>
        <span>{revision.author?.name ?? t('history.unknownAuthor')}</span>
        <RelativeTime iso={revision.createdAt} />
        {props.isCurrent ? <em>{t('history.current')}</em> : null}
      </div>
      {revision.text === '' ? (
        <p className="placeholder">{t('history.emptyText')}</p>
      ) : (
        <p style={{ margin: '4px 0' }}>
          <WordDiff parts={revision.diff} lang={props.lang} dir={props.dir} />
        </p>
      )}
      {props.isCurrent ? null : props.isConfirming ? (
        <div role="group" aria-label={t('history.restore')} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <span>{t('history.confirmRestore', { version: revision.version })}</span>
          <button type="button" onClick={props.onCancel} disabled={props.busy}>
            {t('history.cancel')}
          </button>
          <button ref={confirmRef} type="button" className="primary" onClick={props.onConfirm} disabled={props.busy}>
            {props.busy ? t('history.restoring') : t('history.confirm')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={props.onAsk} disabled={!props.canRestore}>
          {t('history.restore')}
        </button>
      )}
    </li>
  )
}
