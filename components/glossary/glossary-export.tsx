'use client'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { LangPair } from '@/lib/glossary/term'
import { apiPaths } from '@/lib/paths'

const FORMATS = ['csv', 'tbx'] as const

/** The pair's download links, one list item per file format. */
export function GlossaryExport({ pair }: { pair: LangPair }) {
  const { t } = useTranslation()
  const titleId = useId()
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('glossary.export.title')}</h3>
      <ul className="row">
        {FORMATS.map((format) => (
          <li key={format}>
            <a href={apiPaths.glossaryExport(new URLSearchParams({ ...pair, format }))} download>
              {t(`glossary.export.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
