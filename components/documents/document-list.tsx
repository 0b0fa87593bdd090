'use client'
import Link from 'next/link'
import { useTranslation } from 'react-i18next'
import type { DocumentSummary } from '@/lib/db/documents'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'
import { ProgressBar, ProgressLegend } from '@/components/ui/progress-bar'
import { pagePaths } from '@/lib/paths'

/**
 * The documents page: every document with counts and one progress bar per target language; the import
 * links only for those who may create documents.
 */
export function DocumentList({ documents, canCreate }: { documents: DocumentSummary[]; canCreate: boolean }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  return (
    <main className="page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <h1 style={{ flex: '1 1 auto' }}>{t('documents.title')}</h1>
        {canCreate ? (
          <>
            <Link href={pagePaths.newDocument()}>{t('documents.import')}</Link>
            <Link href={pagePaths.importFolder()}>{t('documents.importFolder')}</Link>
          </>
        ) : null}
      </div>
      {documents.length === 0 ? (
        <p className="card">{t('documents.empty')}</p>
      ) : (
        <>
          <ProgressLegend />
          <table className="list reflow">
            <thead>
              <tr>
                <th>{t('documents.columns.title')}</th>
                <th>{t('documents.columns.source')}</th>
                <th>{t('documents.columns.paragraphs')}</th>
                <th>{t('documents.columns.words')}</th>
                <th>{t('documents.columns.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link href={pagePaths.document(d.id)}>{d.title}</Link>
                  </td>
                  <td data-label={t('documents.columns.source')}>{languageName(d.sourceLang, i18n.language)}</td>
                  <td data-label={t('documents.columns.paragraphs')}>{f.number(d.paragraphCount)}</td>
                  <td data-label={t('documents.columns.words')}>{f.number(d.wordCount)}</td>
                  <td>
                    {d.translations.length === 0 ? (
                      <span className="muted">{t('documents.noTranslations')}</span>
                    ) : null}
                    {d.translations.map((tr) => (
                      <ProgressBar key={tr.id} lang={tr.lang} progress={tr.progress} />
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  )
}
