'use client'
import Link from 'next/link'
import { useTranslation } from 'react-i18next'
import type { WorkItem } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'
import { ProgressLegend, StackedBar } from '@/components/ui/progress-bar'

/**
 * The signed-in person's home: each language of a document assigned to them, with its progress in
 * segments and words and what waits for them. An admin sees everyone's assignments (`everyone`).
 */
export function MyWork({ items, everyone }: { items: WorkItem[]; everyone: boolean }) {
  const { t } = useTranslation()
  return (
    <main className="page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <h1 style={{ flex: 1 }}>{everyone ? t('myWork.allTitle') : t('myWork.title')}</h1>
        <Link href={pagePaths.documents()}>{t('myWork.documentsLink')}</Link>
      </div>
      {items.length === 0 ? (
        <p className="card">{everyone ? t('myWork.emptyAll') : t('myWork.empty')}</p>
      ) : (
        <>
          <ProgressLegend />
          <table className="list reflow">
            <thead>
              <tr>
                <th>{t('myWork.columns.document')}</th>
                <th>{t('myWork.columns.role')}</th>
                <th>{t('myWork.columns.progress')}</th>
                <th>{t('myWork.columns.waiting')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <WorkRow key={`${item.documentId}/${item.lang}/${item.role}`} item={item} everyone={everyone} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  )
}

function WorkRow({ item, everyone }: { item: WorkItem; everyone: boolean }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const lang = languageName(item.lang, i18n.language)
  const { segments, words } = item.progress
  const doneSegments = segments.byStatus.translated + segments.byStatus.approved
  return (
    <tr>
      <td>
        <Link href={pagePaths.document(item.documentId)}>{item.title}</Link>
        <div className="muted">{lang}</div>
      </td>
      <td data-label={t('myWork.columns.role')}>
        {t(`people.role.${item.role}`)}
        {everyone ? <div className="muted">{item.user.name}</div> : null}
      </td>
      <td style={{ minWidth: 220 }}>
        <StackedBar
          label={t('myWork.segmentsLabel', { lang })}
          parts={segments.byStatus}
          total={segments.total}
          done={doneSegments}
          summary={t('myWork.segmentsSummary', { done: f.number(doneSegments), total: f.number(segments.total) })}
        />
        <div style={{ height: 6 }} />
        <StackedBar
          label={t('myWork.wordsLabel', { lang })}
          parts={{ approved: words.approved, translated: words.translated - words.approved }}
          total={words.total}
          done={words.translated}
          summary={t('myWork.wordsSummary', {
            translated: f.number(words.translated),
            approved: f.number(words.approved),
            total: f.number(words.total),
          })}
        />
      </td>
      <td data-label={t('myWork.columns.waiting')}>
        <Waiting item={item} />
      </td>
    </tr>
  )
}

/** What waits for the assigned person, each count a link into the editor. */
function Waiting({ item }: { item: WorkItem }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const { toTranslate, toReview, rejected } = item.waiting
  const counts: Array<{ key: 'toReview' | 'rejected' | 'toTranslate'; count: number }> =
    item.role === 'reviewer'
      ? [{ key: 'toReview', count: toReview }]
      : [
          { key: 'rejected', count: rejected },
          { key: 'toTranslate', count: toTranslate },
        ]
  const shown = counts.filter((c) => c.count > 0)
  if (shown.length === 0) return <span className="muted">{t('myWork.waiting.nothing')}</span>
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {shown.map(({ key, count }) => (
        <li key={key}>
          <Link href={pagePaths.translate(item.documentId, item.lang)}>
            {t(`myWork.waiting.${key}`, { n: f.number(count) })}
          </Link>
        </li>
      ))}
    </ul>
  )
}
