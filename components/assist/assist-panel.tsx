'use client'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssistContext } from './assist-context'
import { ASSIST_SECTIONS } from './sections'

/** How long after a segment opens its panel is kept in view while its sections load and grow. */
const REVEAL_MS = 2000
const MARGIN = 8

/**
 * Under the active segment, where the eye already is: each section (matches, terms, warnings) in turn.
 * Opening a segment low in the window brings its panel into view as the sections arrive (a memory
 * match or a warning below the fold was missed), never so far that the segment's own top leaves it.
 */
export function AssistPanel({ context }: { context: AssistContext }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLElement>(null)
  const { segmentId } = context
  useEffect(() => {
    const panel = ref.current
    const row = panel?.parentElement
    if (!panel || !row || typeof ResizeObserver === 'undefined') return
    const until = Date.now() + REVEAL_MS
    const reveal = () => {
      if (Date.now() > until) return observer.disconnect()
      const rowTop = row.getBoundingClientRect().top
      const { bottom } = panel.getBoundingClientRect()
      if (bottom <= window.innerHeight) return
      if (bottom - rowTop < window.innerHeight - 2 * MARGIN) panel.scrollIntoView({ block: 'nearest' })
      else row.scrollIntoView({ block: 'start' })
    }
    const observer = new ResizeObserver(reveal)
    observer.observe(panel)
    return () => observer.disconnect()
  }, [segmentId])
  if (ASSIST_SECTIONS.length === 0) return null
  return (
    <section ref={ref} className="wb-assist" aria-label={t('assist.title')}>
      {ASSIST_SECTIONS.map(({ id, Component }) => (
        <Component key={`${id}:${context.segmentId}`} context={context} />
      ))}
    </section>
  )
}
