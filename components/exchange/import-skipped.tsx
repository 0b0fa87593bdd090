'use client'
import { useTranslation } from 'react-i18next'
import type { ExchangeImportResult } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'

/** What an import kept as comments and what it left out of the file, and why (every import result lists it). */
export function ImportSkipped({
  result,
  compact = false,
}: {
  result: Pick<ExchangeImportResult, 'skipped' | 'skippedCount' | 'comments' | 'fileNotes'>
  compact?: boolean
}) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const lang = (tag: string) => (tag ? `${languageName(tag, i18n.language)} (${tag})` : '?')
  const items = result.skipped ?? []
  const total = result.skippedCount ?? items.length
  const list = (
    <>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {item.reason === 'languagePair'
              ? t('exchange.import.skipped.languagePair', {
                  file: item.file,
                  original: item.original ? `(${item.original})` : '',
                  source: lang(item.sourceLang),
                  target: lang(item.targetLang),
                  units: f.number(item.units),
                })
              : item.reason === 'otherLanguage'
                ? t('exchange.import.skipped.otherLanguage', { lang: lang(item.lang), units: f.number(item.units) })
                : t('exchange.import.skipped.duplicateVariant', { unit: item.unit, lang: lang(item.lang) })}
          </li>
        ))}
      </ul>
      {total > items.length ? <p>{t('exchange.import.skipped.more', { count: total - items.length })}</p> : null}
    </>
  )
  return (
    <>
      {result.comments ? <p>{t('exchange.import.comments', { count: result.comments })}</p> : null}
      {result.fileNotes ? <p>{t('exchange.import.fileNotes', { count: result.fileNotes })}</p> : null}
      {total > 0 && compact ? (
        <details>
          <summary>{t('exchange.import.skipped.title', { count: total })}</summary>
          {list}
        </details>
      ) : null}
      {total > 0 && !compact ? (
        <section aria-labelledby="import-skipped-title">
          <h2 id="import-skipped-title">{t('exchange.import.skipped.title', { count: total })}</h2>
          {list}
        </section>
      ) : null}
    </>
  )
}
