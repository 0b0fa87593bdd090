'use client'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaveState } from '@/lib/workbench/autosave'
import type { Offline } from './use-segment-store'

/** Whole seconds until `at`, counted down once a second while shown. */
function useSecondsUntil(at: number | null) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (at === null) return
    const tick = () => setNow(Date.now())
    const first = setTimeout(tick, 0)
    const timer = setInterval(tick, 1000)
    return () => {
      clearTimeout(first)
      clearInterval(timer)
    }
  }, [at])
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000))
}

/**
 * The page's save state. While the server cannot be reached it says so, how many edits the browser
 * keeps, and when the next try is.
 */
export function SaveIndicator({ saveState, offline }: { saveState: SaveState; offline: Offline }) {
  const { t } = useTranslation()
  const seconds = useSecondsUntil(offline?.retryAt ?? null)
  const isOffline = offline !== null && saveState !== 'saved'
  const text = isOffline
    ? `${t('workbench.save.offline', { count: offline.kept })} ${
        seconds > 0 ? t('workbench.save.retryIn', { count: seconds }) : t('workbench.save.retrying')
      }`
    : t(`workbench.save.${saveState}`)
  return (
    <span
      className={`save-state ${isOffline ? 'offline' : saveState}`}
      role="status"
      aria-live="polite"
      data-testid="save-state"
      data-state={saveState}
      data-offline={isOffline || undefined}
      title={isOffline ? text : undefined}
    >
      {text}
    </span>
  )
}
