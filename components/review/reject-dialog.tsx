'use client'
import { useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import type { ApiError } from '@/lib/api/api-error'
import type { ErrorMark } from '@/lib/review/error-marks'
import { formatCombo } from '@/lib/workbench/keymap'
import { MarkFields, markFields, type MarkChoice } from './mark-fields'
import { Modal } from '@/components/ui/modal'

/** What a rejection sends: the reason, and an optional error mark. */
export type Rejection = { comment: string } & Partial<ErrorMark>

/**
 * Asks for the reason of a rejection and an optional error mark. Keyboard-first: Enter in the reason
 * is a new line, Ctrl+Enter (⌘+Enter) rejects, Escape cancels. The caller sends it and shows `error`.
 */
export function RejectDialog(props: {
  /** The segment's number as the editor shows it. */
  number: number
  busy?: boolean
  error?: ApiError | null
  isApple?: boolean
  onSubmit: (rejection: Rejection) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [comment, setComment] = useState('')
  const [mark, setMark] = useState<MarkChoice>(null)
  const canSubmit = comment.trim() !== '' && !props.busy
  const submit = () => {
    if (canSubmit) props.onSubmit({ comment: comment.trim(), ...markFields(mark) })
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return
    if (event.key === 'Enter' && (props.isApple ? event.metaKey : event.ctrlKey)) {
      event.preventDefault()
      submit()
    }
  }
  return (
    <Modal labelledBy={`${id}-title`} onClose={props.onCancel} onKeyDown={onKeyDown}>
      <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
        {t('review.reject.title', { number: props.number })}
      </h2>
      <label htmlFor={`${id}-reason`}>{t('review.reject.reason')}</label>
      <textarea
        id={`${id}-reason`}
        autoFocus
        rows={4}
        style={{ width: '100%' }}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <MarkFields value={mark} onChange={setMark} />
      <p className="muted">{t('review.reject.hint', { submit: formatCombo('Mod+Enter', props.isApple) })}</p>
      <ErrorMessage error={props.error ?? null} />
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" disabled={!canSubmit} onClick={submit}>
          {t('review.reject.submit')}
        </button>
      </div>
    </Modal>
  )
}
