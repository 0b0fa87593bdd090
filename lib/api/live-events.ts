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
  /** The stream is open (true) or lost and being reopened (false). */
  onConnection?: (open: boolean) => void
}

/** A stream the browser gave up on (an error answer rather than a lost connection) is opened anew after this. */
export const REOPEN_MS = 5_000

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
  let stopped = false
  let source: EventSource
  let reopen: ReturnType<typeof setTimeout> | undefined
  // The browser reconnects by itself after a lost connection, sending Last-Event-ID; after an error
  // answer (a proxy's 502 while the server restarts) it gives up: a new stream is opened, and as it
  // cannot resume where the old one stopped, the page reloads what it shows once the new one says hello.
  const open = (fresh: boolean) => {
    source = new EventSource(apiPaths.events(documentId, lang))
    let reload = !fresh
    source.addEventListener('open', () => handlers.onConnection?.(true))
    source.addEventListener('error', () => {
      handlers.onConnection?.(source.readyState === EventSource.OPEN)
      if (source.readyState === EventSource.CLOSED && !stopped) reopen = setTimeout(() => open(false), REOPEN_MS)
    })
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
      (d) => {
        handlers.onHello?.(d.clientId)
        if (reload) handlers.onReset?.()
        reload = false
      },
    )
    on('segment', (v) => typeof v.id === 'string' && typeof v.version === 'number', handlers.onSegment)
    on('links', (v) => typeof v.version === 'number', handlers.onLinks)
    on('comment', (v) => typeof v.segmentId === 'string', handlers.onComment)
    on('presence', (v) => Array.isArray(v.editors), handlers.onPresence)
    on('reset', () => true, handlers.onReset ? () => handlers.onReset?.() : undefined)
  }
  open(true)
  return () => {
    stopped = true
    clearTimeout(reopen)
    source.close()
  }
}
