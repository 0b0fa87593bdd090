'use client'
import { useTranslation } from 'react-i18next'
import type { SegmentState } from '@/lib/workbench/autosave'
import { Modal } from '@/components/ui/modal'

/** Shows both versions of a segment someone else changed first, and lets the user choose. */
export function ConflictDialog({
  segment,
  number,
  onResolve,
}: {
  segment: SegmentState
  number: number
  onResolve: (keep: 'theirs' | 'mine') => void
}) {
  const { t } = useTranslation()
  const theirs = segment.conflict
  if (!theirs) return null
  return (
    // No Escape and no backdrop: one of the two versions has to be chosen.
    <Modal role="alertdialog" labelledBy="conflict-title">
      <h2 id="conflict-title" style={{ marginTop: 0 }}>
        {t('workbench.conflict.title', { number, user: theirs.updatedBy ?? t('workbench.conflict.someone') })}
      </h2>
      {/* Nothing of ours is waiting: the newer version came live while the segment was open. */}
      <p>{t(segment.saveState === 'saved' ? 'workbench.conflict.newer' : 'workbench.conflict.body')}</p>
      <div className="versions">
        <div>
          <strong>{t('workbench.conflict.theirs')}</strong>
          <div data-testid="conflict-theirs" dangerouslySetInnerHTML={{ __html: theirs.html }} />
        </div>
        <div>
          <strong>{t('workbench.conflict.yours')}</strong>
          <div data-testid="conflict-yours" dangerouslySetInnerHTML={{ __html: segment.html }} />
        </div>
      </div>
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <button type="button" onClick={() => onResolve('theirs')}>
          {t('workbench.conflict.keepTheirs')}
        </button>
        <button type="button" className="primary" onClick={() => onResolve('mine')}>
          {t('workbench.conflict.keepMine')}
        </button>
      </div>
    </Modal>
  )
}
