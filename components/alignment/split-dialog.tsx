'use client'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AlignmentRow } from '@/lib/server/alignment/alignment-view'
import { Modal } from '@/components/ui/modal'

/** Chooses where a link splits: how many source paragraphs and target segments stay in the first link. */
export function SplitDialog({
  row,
  onSplit,
  onClose,
}: {
  row: AlignmentRow
  onSplit: (sourceCount: number, targetCount: number) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [sourceCount, setSourceCount] = useState(Math.min(1, row.sources.length))
  const [targetCount, setTargetCount] = useState(
    row.targets.length >= 2 || row.sources.length >= 2 ? Math.min(1, row.targets.length) : 0,
  )
  const total = row.sources.length + row.targets.length
  const isValid = sourceCount + targetCount > 0 && sourceCount + targetCount < total
  const options = (n: number) =>
    Array.from({ length: n + 1 }, (_, k) => (
      <option key={k} value={k}>
        {k}
      </option>
    ))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (isValid) onSplit(sourceCount, targetCount)
  }
  return (
    <Modal labelledBy="split-title" onClose={onClose}>
      <form
        onSubmit={submit}
        onKeyDown={(e) => {
          // Enter on a select would only open it: the dialog submits, as a form with text fields does.
          if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) submit(e)
        }}
      >
        <h2 id="split-title" style={{ marginTop: 0 }}>
          {t('alignment.split.title')}
        </h2>
        <p className="muted">{t('alignment.split.hint')}</p>
        <div className="form-row">
          <label htmlFor="split-sources">{t('alignment.split.sources', { count: row.sources.length })}</label>
          <select
            id="split-sources"
            autoFocus
            value={sourceCount}
            onChange={(e) => setSourceCount(Number(e.target.value))}
          >
            {options(row.sources.length)}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor="split-targets">{t('alignment.split.targets', { count: row.targets.length })}</label>
          <select id="split-targets" value={targetCount} onChange={(e) => setTargetCount(Number(e.target.value))}>
            {options(row.targets.length)}
          </select>
        </div>
        {isValid ? null : (
          <p className="error" role="alert">
            {t('alignment.split.invalid')}
          </p>
        )}
        <p style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!isValid}>
            {t('alignment.actions.split')}
          </button>
        </p>
      </form>
    </Modal>
  )
}
