'use client'
import Link from 'next/link'
import { useTranslation } from 'react-i18next'
import type { Activity } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'

/** The latest changes in a document, newest first; a change to a segment links to it in the editor. */
export function ActivityList({ documentId, activity }: { documentId: string; activity: Activity[] }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const describe = (item: Activity) => {
    const common = { author: item.author?.name ?? t('activity.someone'), lang: languageName(item.lang, i18n.language) }
    if (item.kind === 'alignment') return t('activity.alignment', common)
    const position = f.number(item.segment.position + 1)
    if (item.kind === 'comment') return t('activity.comment', { ...common, position })
    return t('activity.revision', { ...common, position, status: t(`status.${item.status}`) })
  }
  return (
    <div>
      <h3>{t('activity.title')}</h3>
      {activity.length === 0 ? (
        <p className="muted">{t('activity.empty')}</p>
      ) : (
        <ol className="card" style={{ listStyle: 'none', paddingInlineStart: 16 }}>
          {activity.map((item, i) => (
            <li key={i}>
              <time dateTime={item.at} className="muted" suppressHydrationWarning>
                {f.dateTime(item.at)}
              </time>{' '}
              {item.kind === 'alignment' ? (
                <Link href={pagePaths.align(documentId, item.lang)}>{describe(item)}</Link>
              ) : (
                <Link href={pagePaths.segmentInEditor(documentId, item.lang, item.segment.id)}>{describe(item)}</Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
