'use client'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { countTermPages } from '@/lib/glossary/term-page'

type Side = 'previous' | 'next'

/**
 * The list's total, which page is shown, and buttons to the pages before and after it. The pressed button keeps
 * the focus while the page loads and after, so Enter pages on; at the first or last page the focus goes to the
 * other button (or the page position when neither works), never to the document.
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
  const previous = useRef<HTMLButtonElement>(null)
  const next = useRef<HTMLButtonElement>(null)
  const position = useRef<HTMLSpanElement>(null)
  const pressed = useRef<Side | null>(null)
  const { busy, hasPrevious, hasNext } = props

  useEffect(() => {
    const side = pressed.current
    if (busy || !side) return
    pressed.current = null
    const [from, other] = side === 'next' ? [next.current, previous.current] : [previous.current, next.current]
    // Only a focus the page change took away is moved: not one the person has put elsewhere meanwhile.
    if (document.activeElement !== from && document.activeElement !== document.body && document.activeElement) return
    const target = [from, other].find((button) => button && !button.disabled) ?? position.current
    target?.focus()
  }, [busy, hasPrevious, hasNext])

  // Busy is aria-disabled, not disabled: a disabled button would drop the keyboard focus to the document.
  const pagerButton = (side: Side, enabled: boolean, onTurn: () => void) => (
    <button
      ref={side === 'next' ? next : previous}
      type="button"
      disabled={!enabled}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (busy) return
        pressed.current = side
        onTurn()
      }}
    >
      {t(side === 'next' ? 'glossary.pages.next' : 'glossary.pages.previous')}
    </button>
  )
  return (
    <nav className="row" aria-label={t('glossary.pages.label')}>
      <p className="muted">{t('glossary.count', { count: props.total })}</p>
      {pagerButton('previous', hasPrevious, props.onPrevious)}
      <span aria-live="polite" ref={position} tabIndex={-1}>
        {t('glossary.pages.position', { page: Math.min(props.page, pages), pages })}
      </span>
      {pagerButton('next', hasNext, props.onNext)}
    </nav>
  )
}
