import type { CommentEventData, LinksEventData, PresenceEventData, SegmentEventData } from '@/lib/db/live-events'
import { apiPaths } from '@/lib/paths'
import { ownTabId } from './client'

export type {
  CommentEventData,
  LinksEventData,
  PresenceEntry,
  PresenceEventData,
  SegmentEventData,
} from '@/lib/db/live-events'

export type LiveHandlers = {
  /** The stream (re)opened: its client id, for `api.setPresence`. */
  onHello?: (clientId: string) => void
  onSegment?: (data: SegmentEventData) => void
  onLinks?: (data: LinksEventData) => void
  onComment?: (data: CommentEventData) => void
  onPresence?: (data: PresenceEventData) => void
  /** Events were missed beyond the replay window: reload what the page shows. */
  onReset?: () => void
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/**
 * Follows `GET …/translations/:lang/events` (Server-Sent Events). The browser's EventSource reconnects
 * by itself and sends `Last-Event-ID`, so the server replays what was missed. Answers how to stop.
 *
 * Events of changes made from this tab (`tab`, the id its requests send) are left out: the tab has the
 * answer to its request, and its own change, heard before that answer, would look like someone else's
 * (a conflict over the segment just saved). Another tab of the same person is someone else here.
 */
export function followTranslation(
  documentId: string,
  lang: string,
  handlers: LiveHandlers,
  tab: string = ownTabId(),
): () => void {
  const source = new EventSource(apiPaths.events(documentId, lang))
  const on = <T>(name: string, check: (v: Record<string, unknown>) => boolean, handle?: (data: T) => void) => {
    if (!handle) return
    source.addEventListener(name, (event) => {
      let data: unknown
      try {
        data = JSON.parse((event as MessageEvent<string>).data)
      } catch {
        return
      }
      if (isRecord(data) && check(data) && data.tab !== tab) handle(data as T)
    })
  }
  on<{ clientId: string }>(
    'hello',
    (v) => typeof v.clientId === 'string',
    (d) => handlers.onHello?.(d.clientId),
  )
  on('segment', (v) => typeof v.id === 'string' && typeof v.version === 'number', handlers.onSegment)
  on('links', (v) => typeof v.version === 'number', handlers.onLinks)
  on('comment', (v) => typeof v.segmentId === 'string', handlers.onComment)
  on('presence', (v) => Array.isArray(v.editors), handlers.onPresence)
  on('reset', () => true, handlers.onReset ? () => handlers.onReset?.() : undefined)
  return () => source.close()
}
