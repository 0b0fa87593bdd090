'use client'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '@/components/ui/modal'

type Props = {
  message: string
  busy: boolean
  failed: boolean
  onSubmit: (reason: string) => void
  onCancel: () => void
}

/** Asks why a warning is fine here before it is ignored: the reason field has focus, Enter ignores, Escape cancels. */
export function IgnoreDialog({ message, busy, failed, onSubmit, onCancel }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const [reason, setReason] = useState('')
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    inputRef.current?.focus()
  }, [])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (reason.trim() !== '' && !busy) onSubmit(reason.trim())
  }
  return (
    <Modal labelledBy={`${id}-title`} onClose={onCancel}>
      <h2 id={`${id}-title`}>{t('qa.ignoreDialog.title')}</h2>
      <p>{message}</p>
      <form onSubmit={submit}>
        <label>
          {t('qa.ignoreDialog.reason')}
          <input ref={inputRef} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </label>
        {failed ? <p role="alert">{t('qa.panel.ignoreFailed')}</p> : null}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('qa.ignoreDialog.cancel')}
          </button>
          <button type="submit" disabled={busy || reason.trim() === ''}>
            {t('qa.ignoreDialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
