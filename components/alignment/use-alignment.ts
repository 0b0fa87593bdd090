'use client'
import { useCallback, useRef, useState } from 'react'
import type { AlignmentView } from '@/lib/server/alignment/alignment-view'
import type { AlignmentRequestBody } from '@/lib/http/alignment-schemas'
import { readApiError, type ApiError } from '@/lib/api/api-error'

export type Operation = AlignmentRequestBody extends infer R ? (R extends unknown ? Omit<R, 'version'> : never) : never
export type Notice = { kind: 'error'; error: ApiError } | { kind: 'reloaded' } | null

/** The alignment as the server last returned it, and a `run` that saves one operation at once. */
export function useAlignment(initial: AlignmentView) {
  const [view, setView] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const viewRef = useRef(view)
  const busyRef = useRef(false)
  const url = `/api/documents/${initial.documentId}/translations/${encodeURIComponent(initial.lang)}/links`

  const update = (next: AlignmentView) => {
    viewRef.current = next
    setView(next)
  }

  const reload = useCallback(async () => {
    const response = await fetch(url, { cache: 'no-store' }).catch(() => null)
    if (response?.ok) update((await response.json()) as AlignmentView)
  }, [url])

  /** Sends one operation; returns the new view, or null when it failed (the notice says why). */
  const run = useCallback(
    async (operation: Operation): Promise<AlignmentView | null> => {
      if (busyRef.current) return null
      busyRef.current = true
      setBusy(true)
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...operation, version: viewRef.current.version }),
        }).catch(() => null)
        if (response?.ok) {
          const next = (await response.json()) as AlignmentView
          update(next)
          setNotice(null)
          return next
        }
        const error = await readApiError(response)
        if (error.code === 'alignment.conflict') {
          await reload()
          setNotice({ kind: 'reloaded' })
        } else setNotice({ kind: 'error', error })
        return null
      } finally {
        busyRef.current = false
        setBusy(false)
      }
    },
    [url, reload],
  )

  return { view, busy, notice, run, dismiss: () => setNotice(null) }
}
