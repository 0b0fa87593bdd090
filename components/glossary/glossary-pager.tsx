'use client'
import { useTranslation } from 'react-i18next'
import { countTermPages } from '@/lib/glossary/term-page'

/** The list's total, which page is shown, and buttons to the pages before and after it. */
export function GlossaryPager(props: {
  total: number
  page: number
  hasPrevious: boolean
  hasNext: boolean
  busy: boolean
  onPrevious: () => void
  onNext: () => void
}) {
  const { t } = useTranslation()
  const pages = countTermPages(props.total)
  return (
    <nav className="row" aria-label={t('glossary.pages.label')}>
      <p className="muted">{t('glossary.count', { count: props.total })}</p>
      <button type="button" disabled={!props.hasPrevious || props.busy} onClick={props.onPrevious}>
        {t('glossary.pages.previous')}
      </button>
      <span aria-live="polite">{t('glossary.pages.position', { page: Math.min(props.page, pages), pages })}</span>
      <button type="button" disabled={!props.hasNext || props.busy} onClick={props.onNext}>
        {t('glossary.pages.next')}
      </button>
    </nav>
  )
}
