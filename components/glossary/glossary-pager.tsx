'use client'
import { useTranslation } from 'react-i18next'
import { countTermPages } from '@/lib/glossary/term-page'

/**
 * The list's total, which page is shown, and buttons to the pages before and after it. A button that cannot turn
 * (at the first or last page, or while a page loads) is aria-disabled and does nothing, never `disabled`: a
 * disabled button would drop the keyboard focus, so the pressed button keeps it and Enter pages on.
 */
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
  const pagerButton = (label: string, enabled: boolean, onTurn: () => void) => {
    const canTurn = enabled && !props.busy
    return (
      <button type="button" aria-disabled={!canTurn || undefined} onClick={canTurn ? onTurn : undefined}>
        {label}
      </button>
    )
  }
  return (
    <nav className="row" aria-label={t('glossary.pages.label')}>
      <p className="muted">{t('glossary.count', { count: props.total })}</p>
      {pagerButton(t('glossary.pages.previous'), props.hasPrevious, props.onPrevious)}
      <span aria-live="polite">{t('glossary.pages.position', { page: Math.min(props.page, pages), pages })}</span>
      {pagerButton(t('glossary.pages.next'), props.hasNext, props.onNext)}
    </nav>
  )
}
