'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AlignmentView } from '@/lib/server/alignment/alignment-view'
import type { AlignmentRequestBody } from '@/lib/http/alignment-schemas'
import type { ApiError } from '@/lib/api/api-error'
import { api } from '@/lib/api/client'
import { followTranslation } from '@/lib/api/live-events'
import { changedLinkCount } from '@/lib/alignment-ops/changed-links'

export type Operation = AlignmentRequestBody extends infer R ? (R extends unknown ? Omit<R, 'version'> : never) : never
export type Notice =
  | { kind: 'error'; error: ApiError }
  | { kind: 'reloaded' }
  /** Another person's operation arrived live and the view was refreshed. */
  | { kind: 'live'; author: string }
  /** What "Realign unconfirmed" did: how many links it changed (none said as plainly as some). */
  | { kind: 'realigned'; changed: number }
  | null

/** The alignment as the server last returned it, and a `run` that saves one operation at once. */
export function useAlignment(initial: AlignmentView) {
  const [view, setView] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const viewRef = useRef(view)
  const busyRef = useRef(false)
  const { documentId, lang } = initial

  const update = (next: AlignmentView) => {
    viewRef.current = next
    setView(next)
  }

  const reload = useCallback(async () => {
    const result = await api.getAlignment(documentId, lang)
    if (result.ok) update(result.data)
  }, [documentId, lang])

  // Another person's operation (a live event with a newer version) refreshes the view, so the next
  // operation here starts from the current version instead of failing on a stale one. One arriving
  // while an operation of ours runs is read after it.
  const missed = useRef<{ version: number; author: string } | null>(null)
  useEffect(() => {
    if (typeof EventSource === 'undefined') return
    return followTranslation(documentId, lang, {
      onLinks: ({ version, author }) => {
        if (busyRef.current) missed.current = { version, author }
        else if (version > viewRef.current.version) void reload().then(() => setNotice({ kind: 'live', author }))
      },
      onReset: () => void reload(),
    })
  }, [documentId, lang, reload])

  /** Sends one operation; returns the new view, or null when it failed (the notice says why). */
  const run = useCallback(
    async (operation: Operation): Promise<AlignmentView | null> => {
      if (busyRef.current) return null
      busyRef.current = true
      setBusy(true)
      try {
        const result = await api.runAlignmentOperation(documentId, lang, {
          ...operation,
          version: viewRef.current.version,
        })
        if (result.ok) {
          const before = viewRef.current
          update(result.data)
          // A realignment says what it did, even when it changed nothing: R otherwise looked ignored.
          setNotice(
            operation.op === 'realign'
              ? { kind: 'realigned', changed: changedLinkCount(before.rows, result.data.rows) }
              : null,
          )
          return result.data
        }
        const { error } = result
        if (error.code === 'alignment.conflict') {
          await reload()
          setNotice({ kind: 'reloaded' })
        } else setNotice({ kind: 'error', error })
        return null
      } finally {
        busyRef.current = false
        setBusy(false)
        // An event heard meanwhile may be our own operation's (its answer has the same version): only a newer one reloads.
        const heard = missed.current
        missed.current = null
        if (heard && heard.version > viewRef.current.version)
          void reload().then(() => setNotice({ kind: 'live', author: heard.author }))
      }
    },
    [documentId, lang, reload],
  )

  return { view, busy, notice, run, dismiss: () => setNotice(null) }
}
