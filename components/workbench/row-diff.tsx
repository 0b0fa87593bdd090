'use client'
import { useTranslation } from 'react-i18next'
import type { SegmentChanges } from '@/lib/api/client'
import { WordDiff } from '@/components/ui/word-diff'

/** What changed in a segment since it was last approved (or first translated), as words added and removed. */
export function RowDiff({ change, lang, dir }: { change: SegmentChanges; lang: string; dir?: 'ltr' | 'rtl' }) {
  const { t } = useTranslation()
  if (!change.diff.some((part) => part.kind !== 'same')) return null
  const caption =
    change.baseKind === 'approved' ? t('workbench.review.sinceApproved') : t('workbench.review.sinceFirst')
  return (
    <div className="row-diff" data-testid="row-diff">
      <span className="muted">{caption}</span> <WordDiff parts={change.diff} lang={lang} dir={dir} />
    </div>
  )
}
