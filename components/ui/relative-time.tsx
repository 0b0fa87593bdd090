'use client'
import { useTranslation } from 'react-i18next'
import { createFormatters } from '@/lib/i18n/format'
import { useHydrated } from './use-hydrated'

/**
 * A moment as "5 minutes ago", the date and time in the title. The server and the browser do not agree
 * on the time (seconds pass between them) nor on the time zone, so the server and the hydration draw
 * the UTC date only, and the browser then draws the rest: otherwise React stops on a text mismatch.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation()
  const hydrated = useHydrated()
  if (!hydrated) return <time dateTime={iso}>{iso.slice(0, 10)}</time>
  const f = createFormatters(i18n.language)
  const absolute = f.dateTime(iso)
  return (
    <time dateTime={iso} title={absolute}>
      {f.relative(iso, new Date()) ?? absolute}
    </time>
  )
}
