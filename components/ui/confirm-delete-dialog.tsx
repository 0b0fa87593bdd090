'use client'
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { ErrorMessage } from './error-message'
import { trapTab } from '@/components/ui/trap-tab'
import { useReturnFocus } from '@/components/ui/use-return-focus'

type Props = {
  title: string
  body: string
  confirmLabel: string
  busy: boolean
  error: ApiError | null
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before something is deleted for good: focus starts on Cancel, Tab stays inside, Escape cancels. */
export function ConfirmDeleteDialog({ title, body, confirmLabel, busy, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)

  useReturnFocus()
  useEffect(() => {
    cancelRef.current?.focus()
  }, [])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault()
      onCancel()
      return
    }
    trapTab(event, dialogRef.current)
  }

  return (
    <div className="dialog-backdrop" onClick={busy ? undefined : onCancel}>
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
          {title}
        </h2>
        <p id={`${id}-body`}>{body}</p>
        <ErrorMessage error={error} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button ref={cancelRef} type="button" onClick={onCancel} disabled={busy}>
            {t('document.delete.cancel')}
          </button>
          <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
            {busy ? t('document.delete.deleting') : confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}
