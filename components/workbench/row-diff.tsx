'use client'
import { useTranslation } from 'react-i18next'
import type { SegmentChanges } from '@/lib/api/client'

/** What changed in a segment since it was last approved (or first translated), as words added and removed. */
export function RowDiff({ change }: { change: SegmentChanges }) {
  const { t } = useTranslation()
  if (!change.diff.some((part) => part.kind !== 'same')) return null
  const caption =
    change.baseKind === 'approved' ? t('workbench.review.sinceApproved') : t('workbench.review.sinceFirst')
  return (
    <div className="row-diff" data-testid="row-diff">
      <span className="muted">{caption}</span>{' '}
      {change.diff.map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  )
}
