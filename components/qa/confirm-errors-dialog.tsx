'use client'
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { qaMessage, type QaTranslate } from '@/lib/qa/qa-message'
import type { QaIssue } from '@/lib/qa/types'
import { SeverityIcon } from './severity-icon'
import { Modal } from '@/components/ui/modal'

type Props = { number: number; issues: QaIssue[]; onConfirm: () => void; onCancel: () => void }

/**
 * Asks before a segment with errors is confirmed. Keyboard-first: focus starts on "Go back and fix"
 * (Enter, Escape), Ctrl/⌘+Enter again confirms anyway; Tab stays inside. An empty segment cannot be
 * confirmed at all (the server refuses it), so then the dialog says so and offers only the way back.
 */
export function ConfirmErrorsDialog({ number, issues, onConfirm, onCancel }: Props) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const isEmpty = issues.some((issue) => issue.check === 'empty')
  useEffect(() => {
    cancelRef.current?.focus()
  }, [])
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      event.stopPropagation()
      return isEmpty ? onCancel() : onConfirm()
    }
  }
  return (
    <Modal
      role="alertdialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-body`}
      onClose={onCancel}
      onKeyDown={onKeyDown}
    >
      <h2 id={`${id}-title`}>{isEmpty ? t('qa.confirm.emptyTitle') : t('qa.confirm.title')}</h2>
      <div id={`${id}-body`}>
        <p>{isEmpty ? t('qa.confirm.emptyBody', { number }) : t('qa.confirm.body', { number })}</p>
        <ul className="qa-issues">
          {issues.map((issue, index) => (
            <li key={index} className="qa-issue">
              <SeverityIcon severity={issue.severity} />
              <span className="qa-message">{qaMessage(issue, t as unknown as QaTranslate, i18n.language)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" onClick={onCancel}>
          {isEmpty ? t('qa.confirm.emptyBack') : t('qa.confirm.cancel')}
        </button>
        {isEmpty ? null : (
          <button type="button" onClick={onConfirm}>
            {t('qa.confirm.confirm')}
          </button>
        )}
      </div>
    </Modal>
  )
}
