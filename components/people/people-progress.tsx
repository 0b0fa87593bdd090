'use client'
import { useTranslation } from 'react-i18next'
import type { LanguageProgress } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'

/** Who did what: segments and words each person translated and approved, per language. */
export function PeopleProgress({ languages }: { languages: LanguageProgress[] }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const rows = languages.flatMap((l) => l.people.map((p) => ({ lang: l.lang, ...p })))
  return (
    <div>
      <h3>{t('people.progress.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('people.progress.nobody')}</p>
      ) : (
        <div className="table-scroll">
          <table className="list">
            <thead>
              <tr>
                <th>{t('people.columns.language')}</th>
                <th>{t('people.columns.person')}</th>
                <th>{t('people.progress.translatedSegments')}</th>
                <th>{t('people.progress.translatedWords')}</th>
                <th>{t('people.progress.approvedSegments')}</th>
                <th>{t('people.progress.approvedWords')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.lang}/${row.user.id}`}>
                  <td>{languageName(row.lang, i18n.language)}</td>
                  <td>{row.user.name}</td>
                  <td>{f.number(row.translated.segments)}</td>
                  <td>{f.number(row.translated.words)}</td>
                  <td>{f.number(row.approved.segments)}</td>
                  <td>{f.number(row.approved.words)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
