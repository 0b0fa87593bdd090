'use client'
import { useTranslation } from 'react-i18next'
import type { AlignmentHistoryItem } from '@/lib/db/alignment-history'
import { RelativeTime } from '@/components/ui/relative-time'

// Operation kinds as stored (AlignmentOperation.kind); an unknown one shows as it is.
const KINDS = [
  'merge',
  'split',
  'move-up',
  'move-down',
  'shift',
  'no-counterpart',
  'split-segment',
  'join-segments',
  'add-segment',
  'confirm',
  'confirm-above',
  'realign',
  'sentence-merge',
  'sentence-split',
  'sentence-move-up',
  'sentence-move-down',
  'sentence-no-counterpart',
  'sentence-confirm',
] as const
type Kind = (typeof KINDS)[number]
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind)

/** The latest alignment operations, newest first: what, who and when; undone ones are marked (and struck through). */
export function AlignmentHistory({ history }: { history: readonly AlignmentHistoryItem[] }) {
  const { t } = useTranslation()
  return (
    <details className="alignment-history">
      <summary>{t('alignment.history.title', { count: history.length })}</summary>
      {history.length === 0 ? (
        <p>{t('alignment.history.empty')}</p>
      ) : (
        <ol className="history-list">
          {history.map((item) => {
            return (
              <li key={item.seq} className="meta">
                {item.undone ? (
                  <del>{isKind(item.kind) ? t(`alignment.history.kinds.${item.kind}`) : item.kind}</del>
                ) : (
                  <span>{isKind(item.kind) ? t(`alignment.history.kinds.${item.kind}`) : item.kind}</span>
                )}
                {item.undone ? <em>{t('alignment.history.undone')}</em> : null}
                <span>{item.author?.name ?? t('history.unknownAuthor')}</span>
                <RelativeTime iso={item.createdAt} />
              </li>
            )
          })}
        </ol>
      )}
    </details>
  )
}
