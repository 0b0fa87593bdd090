'use client'
import { useEffect, useMemo, useRef, useState } from 'react'
import { api } from '@/lib/api/client'
import { latestOnly } from '@/lib/api/latest-only'
import { followTranslation, type LiveHandlers, type PresenceEntry } from '@/lib/api/live-events'

type Handlers = Pick<LiveHandlers, 'onSegment' | 'onLinks' | 'onComment' | 'onReset'>

/** How long the stream may be lost before the page says so (a restart or a short network blip says nothing). */
const LOST_AFTER_MS = 3_000

/** How long a visible tab may go without a key, click or touch before its open segment is let go. */
const AWAY_AFTER_MS = 5 * 60_000
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const

/** Whether the person is away from this tab: it is hidden, or has had no input for `afterMs`. */
function useAway(afterMs: number): boolean {
  const [away, setAway] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const back = () => {
      clearTimeout(timer)
      if (document.visibilityState === 'hidden') return setAway(true)
      setAway(false)
      timer = setTimeout(() => setAway(true), afterMs)
    }
    back()
    document.addEventListener('visibilitychange', back)
    for (const name of INPUT_EVENTS) window.addEventListener(name, back, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', back)
      for (const name of INPUT_EVENTS) window.removeEventListener(name, back, { capture: true })
    }
  }, [afterMs])
  return away
}

/**
 * Follows the translation's live events while the editor is open: hands segment, alignment and comment
 * events to `handlers`, reports which segment this browser has open (`openSegmentId`), and answers who
 * else has which segment open (names per segment id; this browser's own stream left out), and whether
 * the stream has been lost for a while (`liveLost`: others' changes do not arrive until it is back).
 */
export function useLiveUpdates(
  documentId: string,
  lang: string,
  openSegmentId: string | undefined,
  handlers: Handlers,
  /** Whether this browser may edit the language; a reader says nothing of a segment (the route refuses it). */
  canEdit = true,
): { openFor: ReadonlyMap<string, string[]>; liveLost: boolean } {
  const [clientId, setClientId] = useState<string | null>(null)
  const [editors, setEditors] = useState<PresenceEntry[]>([])
  const [liveLost, setLiveLost] = useState(false)
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    if (typeof EventSource === 'undefined') return
    let lost: ReturnType<typeof setTimeout> | undefined
    const stop = followTranslation(documentId, lang, {
      // Counted from the first error: the browser's own retries (every 2 s) bring more errors meanwhile.
      onConnection: (open) => {
        if (open) {
          clearTimeout(lost)
          lost = undefined
          setLiveLost(false)
        } else lost ??= setTimeout(() => setLiveLost(true), LOST_AFTER_MS)
      },
      onHello: setClientId,
      onPresence: ({ editors }) => setEditors(editors),
      onSegment: (data) => latest.current.onSegment?.(data),
      onLinks: (data) => latest.current.onLinks?.(data),
      onComment: (data) => latest.current.onComment?.(data),
      onReset: () => latest.current.onReset?.(),
    })
    return () => {
      clearTimeout(lost)
      stop()
    }
  }, [documentId, lang])

  // A reconnect brings a new client id: the open segment is reported again for it. One report at a
  // time, so a quick run through the rows (Ctrl+Enter) ends with the segment open now, not an earlier one.
  const report = useMemo(
    () => latestOnly((body: { clientId: string; segmentId: string | null }) => api.setPresence(documentId, lang, body)),
    [documentId, lang],
  )
  // A tab that is hidden, or left without input for a while, holds no segment: others can open it
  // without being asked (an idle tab left on a row blocked a reviewer moving on). Back, it holds it again.
  const away = useAway(AWAY_AFTER_MS)
  useEffect(() => {
    if (clientId && canEdit) report({ clientId, segmentId: away ? null : (openSegmentId ?? null) })
  }, [report, clientId, openSegmentId, away, canEdit])

  const openFor = useMemo(() => {
    const names = new Map<string, string[]>()
    for (const editor of editors) {
      if (editor.clientId === clientId) continue
      const list = names.get(editor.segmentId) ?? []
      if (!list.includes(editor.name)) list.push(editor.name)
      names.set(editor.segmentId, list)
    }
    return names
  }, [editors, clientId])
  return { openFor, liveLost }
}
