'use client'
import { useMemo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { splitUnits } from '@/lib/alignment-ops/split-units'
import type { AlignmentRow } from '@/lib/server/alignment/alignment-view'
import { Modal } from '@/components/ui/modal'

type Boundary = { index: number; offset: number; before: string; after: string }

const tail = (text: string) => (text.length > 40 ? `…${text.slice(-40)}` : text)
const head = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text)

/** Chooses a sentence boundary inside one of the link's target segments; the segment is cut there in two. */
export function SplitSegmentDialog({
  row,
  lang,
  onSplit,
  onClose,
}: {
  row: AlignmentRow
  lang: string
  onSplit: (index: number, offset: number) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const boundaries = useMemo<Boundary[]>(
    () =>
      splitUnits(
        row.targets.map((s) => ({ id: s.id, text: s.text })),
        lang,
      ).flatMap((sentences, index) =>
        sentences.slice(1).map((sentence, k) => ({
          index,
          offset: sentence.start,
          before: tail(sentences[k]!.text),
          after: head(sentence.text),
        })),
      ),
    [row, lang],
  )
  const [choice, setChoice] = useState(0)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const boundary = boundaries[choice]
    if (boundary) onSplit(boundary.index, boundary.offset)
  }
  return (
    <Modal labelledBy="split-segment-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="split-segment-title" style={{ marginTop: 0 }}>
          {t('alignment.splitSegment.title')}
        </h2>
        {boundaries.length === 0 ? (
          <p>{t('alignment.splitSegment.none')}</p>
        ) : (
          <fieldset style={{ border: 0, padding: 0 }}>
            <legend className="muted">{t('alignment.splitSegment.hint')}</legend>
            {boundaries.map((b, k) => (
              <label key={`${b.index}-${b.offset}`} style={{ display: 'block', margin: '6px 0' }} lang={lang}>
                <input
                  type="radio"
                  name="boundary"
                  autoFocus={k === 0}
                  checked={choice === k}
                  onChange={() => setChoice(k)}
                />{' '}
                {t('alignment.splitSegment.option', { segment: b.index + 1, before: b.before, after: b.after })}
              </label>
            ))}
          </fieldset>
        )}
        <p style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={boundaries.length === 0}>
            {t('alignment.actions.splitSegment')}
          </button>
        </p>
      </form>
    </Modal>
  )
}
