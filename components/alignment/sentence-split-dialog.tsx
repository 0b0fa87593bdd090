'use client'
import { useState, type FormEvent } from 'react'
import { createPortal } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { SentencePairView } from '@/lib/api/client'
import { Modal } from '@/components/ui/modal'

/** Chooses where a sentence pair splits: how many source and target sentences stay in the first pair. */
export function SentenceSplitDialog({
  pair,
  onSplit,
  onClose,
}: {
  pair: SentencePairView
  onSplit: (sourceCount: number, targetCount: number) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const sources = pair.sourceSentences.length
  const targets = pair.targetSentences.length
  const [sourceCount, setSourceCount] = useState(Math.min(1, sources))
  const [targetCount, setTargetCount] = useState(sources >= 2 || targets >= 2 ? Math.min(1, targets) : 0)
  const isValid = sourceCount + targetCount > 0 && sourceCount + targetCount < sources + targets
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (isValid) onSplit(sourceCount, targetCount)
  }
  const field = (id: string, label: string, value: number, list: string[], set: (n: number) => void) => (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <select id={id} autoFocus={id.endsWith('sources')} value={value} onChange={(e) => set(Number(e.target.value))}>
        {Array.from({ length: list.length + 1 }, (_, k) => (
          <option key={k} value={k}>
            {k === 0 ? '0' : `${k}: ${list[k - 1]!.slice(0, 60)}`}
          </option>
        ))}
      </select>
    </div>
  )
  return createPortal(
    <Modal labelledBy="sentence-split-title" onClose={onClose}>
      <form
        onSubmit={submit}
        onKeyDown={(e) => {
          // Enter submits from the lists too, not only from the button.
          if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'SELECT') {
            e.preventDefault()
            submit()
          }
        }}
      >
        <h2 id="sentence-split-title" style={{ marginTop: 0 }}>
          {t('alignment.sentenceEditor.split.title')}
        </h2>
        <p className="muted">{t('alignment.sentenceEditor.split.hint')}</p>
        {field(
          'sentence-split-sources',
          t('alignment.sentenceEditor.split.sources', { count: sources }),
          sourceCount,
          pair.sourceSentences,
          setSourceCount,
        )}
        {field(
          'sentence-split-targets',
          t('alignment.sentenceEditor.split.targets', { count: targets }),
          targetCount,
          pair.targetSentences,
          setTargetCount,
        )}
        {isValid ? null : (
          <p className="error" role="alert">
            {t('alignment.sentenceEditor.split.invalid')}
          </p>
        )}
        <p style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', flexWrap: 'wrap' }}>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!isValid}>
            {t('alignment.sentenceEditor.split.submit')}
          </button>
        </p>
      </form>
    </Modal>,
    document.body,
  )
}
