'use client'
import { useEffect, useMemo, useRef, useState } from 'react'
import { api } from '@/lib/api/client'
import { latestOnly } from '@/lib/api/latest-only'
import { followTranslation, type LiveHandlers, type PresenceEntry } from '@/lib/api/live-events'

type Handlers = Pick<LiveHandlers, 'onSegment' | 'onLinks' | 'onComment' | 'onReset'>

/**
 * Follows the translation's live events while the editor is open: hands segment, alignment and comment
 * events to `handlers`, reports which segment this browser has open (`openSegmentId`), and answers who
 * else has which segment open (names per segment id; this browser's own stream left out).
 */
export function useLiveUpdates(
  documentId: string,
  lang: string,
  openSegmentId: string | undefined,
  handlers: Handlers,
): { openFor: ReadonlyMap<string, string[]> } {
  const [clientId, setClientId] = useState<string | null>(null)
  const [editors, setEditors] = useState<PresenceEntry[]>([])
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    if (typeof EventSource === 'undefined') return
    return followTranslation(documentId, lang, {
      onHello: setClientId,
      onPresence: ({ editors }) => setEditors(editors),
      onSegment: (data) => latest.current.onSegment?.(data),
      onLinks: (data) => latest.current.onLinks?.(data),
      onComment: (data) => latest.current.onComment?.(data),
      onReset: () => latest.current.onReset?.(),
    })
  }, [documentId, lang])

  // A reconnect brings a new client id: the open segment is reported again for it. One report at a
  // time, so a quick run through the rows (Ctrl+Enter) ends with the segment open now, not an earlier one.
  const report = useMemo(
    () => latestOnly((body: { clientId: string; segmentId: string | null }) => api.setPresence(documentId, lang, body)),
    [documentId, lang],
  )
  useEffect(() => {
    if (clientId) report({ clientId, segmentId: openSegmentId ?? null })
  }, [report, clientId, openSegmentId])

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
  return { openFor }
}
