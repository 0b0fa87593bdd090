'use client'
import { Fragment, useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import type { ApiError } from '@/lib/api/api-error'
import { api, type LanguageQuality } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'
import type { QualityFigures } from '@/lib/review/quality-report'

/** The quality score of a document per language and per translator, from the reviewers' error marks. */
export function QualityTable({ documentId }: { documentId: string }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const id = useId()
  const [languages, setLanguages] = useState<LanguageQuality[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  useEffect(() => {
    let current = true
    void api.getQuality(documentId).then((result) => {
      if (!current) return
      if (result.ok) setLanguages(result.data)
      else setError(result.error)
    })
    return () => {
      current = false
    }
  }, [documentId])

  const cells = (q: QualityFigures) => (
    <>
      <td className="num">{f.number(q.words)}</td>
      <td className="num">{f.number(q.marks.minor)}</td>
      <td className="num">{f.number(q.marks.major)}</td>
      <td className="num">{f.number(q.marks.critical)}</td>
      <td className="num">{f.number(q.penalty)}</td>
      <td className="num">
        {q.score === null ? (
          <span className="muted">{t('review.quality.noScore')}</span>
        ) : (
          <strong>{f.number(q.score)}</strong>
        )}
      </td>
    </>
  )

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h2 id={`${id}-title`}>{t('review.quality.title')}</h2>
      <ErrorMessage error={error} />
      {languages === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {languages?.length === 0 ? <p className="muted">{t('review.quality.empty')}</p> : null}
      {languages?.length ? (
        <div className="table-scroll">
          <table className="list" data-testid="quality-table">
            <thead>
              <tr>
                <th scope="col">{t('review.quality.language')}</th>
                <th scope="col">{t('review.quality.translator')}</th>
                <th scope="col">{t('review.quality.words')}</th>
                <th scope="col">{t('review.quality.minor')}</th>
                <th scope="col">{t('review.quality.major')}</th>
                <th scope="col">{t('review.quality.critical')}</th>
                <th scope="col">{t('review.quality.penalty')}</th>
                <th scope="col">{t('review.quality.score')}</th>
              </tr>
            </thead>
            <tbody>
              {languages.map((language) => (
                <Fragment key={language.lang}>
                  <tr>
                    <th scope="row">{languageName(language.lang, i18n.language)}</th>
                    <td>{t('review.quality.all')}</td>
                    {cells(language)}
                  </tr>
                  {language.translators.map((row) => (
                    <tr key={row.translator?.id ?? ''}>
                      <td />
                      <td>{row.translator?.name ?? t('review.quality.unknown')}</td>
                      {cells(row)}
                    </tr>
                  ))}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted">{t('review.quality.explain')}</p>
    </section>
  )
}
