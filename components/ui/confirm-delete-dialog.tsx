'use client'
import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { ErrorMessage } from './error-message'
import { Modal } from './modal'

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
  const cancelRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    cancelRef.current?.focus()
  }, [])

  return (
    <Modal
      role="alertdialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-body`}
      onClose={busy ? undefined : onCancel}
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
    </Modal>
  )
}
