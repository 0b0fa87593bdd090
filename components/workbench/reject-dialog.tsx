'use client'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import type { ApiError } from '@/lib/api/api-error'
import type { Rejection } from '@/lib/api/client'
import { MQM_CATEGORIES, MQM_SEVERITIES, type MqmCategory, type MqmSeverity } from '@/lib/workbench/mqm'
import { Modal } from '@/components/ui/modal'

/** Asks a reviewer why a segment is rejected (required: it becomes a comment) and for an optional MQM mark. */
export function RejectDialog(props: {
  number: number
  error: ApiError | null
  busy: boolean
  onCancel: () => void
  onSubmit: (rejection: Omit<Rejection, 'version'>) => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [comment, setComment] = useState('')
  const [category, setCategory] = useState<MqmCategory | ''>('')
  const [severity, setSeverity] = useState<MqmSeverity | ''>('')
  const [isMissing, setMissing] = useState(false)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!comment.trim()) return setMissing(true)
    props.onSubmit({
      comment: comment.trim(),
      ...(category ? { category } : {}),
      ...(severity ? { severity } : {}),
    })
  }
  return (
    <Modal labelledBy={`${id}-title`} onClose={props.onCancel} closesOnBackdrop={false}>
      <form
        onSubmit={submit}
        onKeyDown={(e) => {
          // Ctrl+Enter (⌘+Enter) sends, as it does in the review queue's dialog and in comments.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.nativeEvent.isComposing) {
            e.preventDefault()
            e.currentTarget.requestSubmit()
          }
        }}
      >
        <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
          {t('workbench.review.rejectTitle', { number: props.number })}
        </h2>
        <label style={{ display: 'grid', gap: 4 }}>
          {t('workbench.review.reason')}
          <textarea
            autoFocus
            aria-required="true"
            rows={3}
            value={comment}
            aria-describedby={`${id}-hint`}
            onChange={(e) => {
              setComment(e.target.value)
              setMissing(false)
            }}
          />
        </label>
        <p id={`${id}-hint`} className={isMissing ? 'error' : 'muted'} role={isMissing ? 'alert' : undefined}>
          {isMissing ? t('workbench.review.reasonRequired') : t('workbench.review.reasonHint')}
        </p>
        <div style={{ display: 'flex', gap: 12 }}>
          <label>
            {t('workbench.review.category')}{' '}
            <select value={category} onChange={(e) => setCategory(e.target.value as MqmCategory | '')}>
              <option value="">{t('workbench.review.notMarked')}</option>
              {MQM_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`review.category.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('workbench.review.severity')}{' '}
            <select value={severity} onChange={(e) => setSeverity(e.target.value as MqmSeverity | '')}>
              <option value="">{t('workbench.review.notMarked')}</option>
              {MQM_SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`review.severity.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ErrorMessage error={props.error} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={props.busy}>
            {t('workbench.review.rejectSubmit')}
          </button>
        </div>
      </form>
    </Modal>
  )
}
