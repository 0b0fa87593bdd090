'use client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import { Modal } from '@/components/ui/modal'
import { formatCombo, KEYMAP } from '@/lib/workbench/keymap'
import type { WorkbenchRow } from './types'
import type { Review } from './use-review'

/**
 * Review mode's controls under the editor's bar: the toggle, how many rows wait, "Approve selected" and
 * "Approve all translated in this view" (after a confirmation with the count), and what the last
 * approval did. Shown only to people who may review.
 */
export function ReviewBar(props: {
  review: Review
  /** The rows shown now (filter and Find applied) */
  shown: WorkbenchRow[]
  isWaiting: (row: WorkbenchRow) => boolean
  isApple: boolean
}) {
  const { t } = useTranslation()
  const { review, shown } = props
  const [isConfirming, setConfirming] = useState(false)
  const waiting = shown.filter(props.isWaiting)
  const chosen = shown.filter((row) => review.selected.has(row.linkId))
  const { notice } = review
  return (
    <div className="wb-review-bar" role="toolbar" aria-label={t('workbench.review.toggle')}>
      <label>
        <input type="checkbox" checked={review.isOn} onChange={(e) => review.setMode(e.target.checked)} />{' '}
        {t('workbench.review.toggle')}
      </label>
      {review.isOn ? (
        <>
          <span className="muted" data-testid="review-waiting">
            {t('workbench.review.waiting', { count: waiting.length })}
          </span>
          {/* Short, so the bar stays one line on a laptop; the whole sentence is its tooltip and in F1's list. */}
          <span className="muted" title={t('keys.approveAndNext')}>
            {t('workbench.review.approveNextKey')} <kbd>{formatCombo(KEYMAP.approveAndNext[0], props.isApple)}</kbd>
          </span>
          <button
            type="button"
            disabled={chosen.length === 0 || review.isBusy}
            onClick={() => void review.approveRows(chosen)}
          >
            {t('workbench.review.approveSelected', { count: chosen.length })}
          </button>
          <button type="button" disabled={waiting.length === 0 || review.isBusy} onClick={() => setConfirming(true)}>
            {t('workbench.review.approveAll', { count: waiting.length })}
          </button>
          {notice?.kind === 'approved' ? (
            <span role="status">
              {t('workbench.review.approved', { count: notice.result.approved })}
              {notice.result.skipped.length > 0
                ? ` · ${t('workbench.review.skipped', { count: notice.result.skipped.length })}`
                : null}
            </span>
          ) : null}
          {notice?.kind === 'failed' ? <ErrorMessage error={notice.error} /> : null}
        </>
      ) : null}
      {isConfirming ? (
        <Modal
          role="alertdialog"
          labelledBy="approve-all-title"
          onClose={() => setConfirming(false)}
          closesOnBackdrop={false}
        >
          <h2 id="approve-all-title" style={{ marginTop: 0 }}>
            {t('workbench.review.confirmAll', { count: waiting.length })}
          </h2>
          <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              autoFocus
              onClick={() => {
                setConfirming(false)
                void review.approveRows(waiting)
              }}
            >
              {t('workbench.review.approve')}
            </button>
          </div>
        </Modal>
      ) : null}
    </div>
  )
}
