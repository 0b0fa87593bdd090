import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { newId } from '@/lib/db/bulk-insert'
import {
  createPresence,
  lastLiveEventId,
  listLiveEventsSince,
  listPresence,
  renewPresence,
  type LiveEvent,
} from '@/lib/db/live-events'
import { onDrain, trackTask } from '@/lib/lifecycle'
import type { LiveHub } from './live-hub'
import { endPresence } from './presence'

export const HEARTBEAT_MS = 15_000
/** The client waits this long before reconnecting (the SSE `retry` field). */
export const RECONNECT_MS = 2_000
/**
 * What one stream may hold that its reader has not taken yet. A reader that stops reading (a stalled
 * tab, a script that opened the stream and went quiet) used to keep every event in memory; past this,
 * or with nothing taken for two heartbeats while some waits, the stream is dropped. The browser
 * reconnects and resumes after the last event it got, or reloads (`reset`) when the replay is too large.
 */
export const STREAM_QUEUE_BYTES = 4 * 1024 * 1024

export type EventStreamInput = {
  db: Db
  hub: LiveHub
  translationId: string
  actor: Pick<Actor, 'id'>
  /** The id of the last event the client got (the `Last-Event-ID` header of a reconnect), if any. */
  lastEventId?: string
  signal: AbortSignal
  heartbeatMs?: number
  /** At most this many bytes wait for the reader (`STREAM_QUEUE_BYTES`). */
  queueBytes?: number
  /** Asked at each heartbeat: false (the token was revoked, the session ended) ends the stream. */
  stillAllowed?: () => Promise<boolean>
  /** Called once when the stream ends, however it ends (the route gives back its place in the quota). */
  onEnd?: () => void
}

const encoder = new TextEncoder()

function frame(fields: { id?: string; event: string; data: unknown }): string {
  const id = fields.id === undefined ? '' : `id: ${fields.id}\n`
  return `${id}event: ${fields.event}\ndata: ${JSON.stringify(fields.data)}\n\n`
}

// An event goes to every stream of its translation on this instance: framed and encoded once, not once a stream.
const framed = new WeakMap<LiveEvent, Uint8Array>()
function eventFrame(event: LiveEvent): Uint8Array {
  let bytes = framed.get(event)
  if (!bytes) {
    bytes = encoder.encode(frame({ id: event.id, event: event.kind, data: event.data }))
    framed.set(event, bytes)
  }
  return bytes
}

/** Heartbeats this close together renew their presences in one statement. */
const RENEW_TOGETHER_MS = 250
// Streams opened together (a team opening a document, a reconnect after a restart) beat together: one
// statement renews all their presences, instead of one each in a burst that held the event loop.
// A presence that is gone when renewed went with its person or its translation (deleted): the stream
// ends (`onGone`), so a deleted person hears no more, and a reconnect learns the translation is gone.
const dueRenewals = new Map<Db, { streams: Map<string, () => void>; expiresAt: Date }>()
function renewSoon(db: Db, clientId: string, expiresAt: Date, onGone: () => void) {
  let due = dueRenewals.get(db)
  if (!due) {
    const batch = { streams: new Map<string, () => void>(), expiresAt }
    due = batch
    dueRenewals.set(db, batch)
    setTimeout(() => {
      dueRenewals.delete(db)
      void renewPresence(db, [...batch.streams.keys()], batch.expiresAt)
        .then((kept) => {
          for (const [id, gone] of batch.streams) if (!kept.has(id)) gone()
        })
        .catch(() => {})
    }, RENEW_TOGETHER_MS).unref()
  }
  due.streams.set(clientId, onGone)
  if (expiresAt > due.expiresAt) due.expiresAt = expiresAt
}

const isEventId = (value: string | undefined): value is string => value !== undefined && /^\d{1,19}$/.test(value)

/**
 * The Server-Sent Events stream of one translation for one client. In order: `hello` (the stream's
 * client id, for the presence route; its id is where a later resume starts), `presence` (who has which
 * segment open), then, on a resume, the events after `Last-Event-ID` from the replay window (or `reset`
 * when they are no longer all there: reload), then every new event as it is committed. A comment line
 * every `heartbeatMs` keeps proxies from closing the connection and renews the presence. Closing (the
 * client leaves, or the request is aborted) unsubscribes and ends the presence.
 */
export function openEventStream(input: EventStreamInput): ReadableStream<Uint8Array> {
  const { db, hub, translationId, signal } = input
  const heartbeatMs = input.heartbeatMs ?? HEARTBEAT_MS
  const queueBytes = input.queueBytes ?? STREAM_QUEUE_BYTES
  const presenceTtl = () => new Date(Date.now() + heartbeatMs * 3)
  const clientId = newId()
  let closed = false
  let cleanup: (() => Promise<void>) | undefined

  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        // Bytes written, and those still waiting for the reader (the queue counts bytes, up to `queueBytes`).
        let written = 0
        const waiting = () => queueBytes - (controller.desiredSize ?? queueBytes)
        const write = (text: string | Uint8Array) => {
          if (closed) return
          const bytes = typeof text === 'string' ? encoder.encode(text) : text
          controller.enqueue(bytes)
          written += bytes.byteLength
          if (waiting() > queueBytes) fallBehind()
        }
        // Errored, not closed: a closed stream keeps its queue until read, an errored one drops it at once.
        // An AbortError, which the server takes for a client gone rather than a failure to log.
        const fallBehind = () => {
          if (closed) return
          controller.error(new DOMException('The reader of the events stream fell behind', 'AbortError'))
          void trackTask(close())
        }
        let unsubscribe: (() => Promise<void>) | undefined
        let heartbeat: ReturnType<typeof setInterval> | undefined
        let presenceOpened = false
        let stopOnDrain = () => {}
        const close = async () => {
          if (closed) return
          closed = true
          input.onEnd?.()
          if (heartbeat) clearInterval(heartbeat)
          signal.removeEventListener('abort', onAbort)
          stopOnDrain()
          await unsubscribe?.()
          if (presenceOpened) await endPresence(db, { translationId, clientId }).catch(() => {})
          try {
            controller.close()
          } catch {
            // already closed by the reader
          }
        }
        cleanup = close
        // Ending a stream writes (its presence): a tracked task, so a stopping server closes the database
        // only after it (an unfinished one kept its connection in a transaction and the process never exited).
        const onAbort = () => void trackTask(close())
        signal.addEventListener('abort', onAbort)
        // A server going away (SIGTERM) ends its streams, so its drain can finish; clients reconnect.
        stopOnDrain = onDrain(() => void trackTask(close()))

        // Events heard while the replay is read wait here, so none is lost or sent twice.
        let pending: LiveEvent[] | undefined = []
        let sentUpTo = BigInt(0)
        let filter = true
        const send = (event: LiveEvent) => {
          if (filter && BigInt(event.id) <= sentUpTo) return
          if (BigInt(event.id) > sentUpTo) sentUpTo = BigInt(event.id)
          write(eventFrame(event))
        }
        try {
          unsubscribe = await hub.subscribe(translationId, {
            onEvent: (event) => (pending ? pending.push(event) : send(event)),
            onClose: () => void close(),
          })
          if (closed) {
            await unsubscribe()
            return
          }
          await createPresence(db, { id: clientId, translationId, userId: input.actor.id, expiresAt: presenceTtl() })
          presenceOpened = true
          write(`retry: ${RECONNECT_MS}\n\n`)
          const resumeFrom = isEventId(input.lastEventId) ? input.lastEventId : undefined
          const startId = await lastLiveEventId(db)
          if (resumeFrom === undefined) {
            write(frame({ id: startId, event: 'hello', data: { clientId } }))
          } else {
            write(frame({ event: 'hello', data: { clientId } }))
          }
          write(frame({ event: 'presence', data: { editors: await listPresence(db, translationId) } }))
          if (resumeFrom !== undefined) {
            const replay = await listLiveEventsSince(db, { translationId, afterId: resumeFrom })
            // A replay larger than the stream may hold would end it again (a reader that fell behind, back).
            const size = replay.events.reduce((sum, event) => sum + eventFrame(event).byteLength, 0)
            if (replay.complete && size <= queueBytes) {
              sentUpTo = BigInt(resumeFrom)
              for (const event of replay.events) send(event)
            } else {
              // Some events are gone, or too many to send: the client reloads; what comes from now on is sent.
              write(frame({ id: startId, event: 'reset', data: {} }))
              filter = false
            }
          } else {
            filter = false
          }
          const heard = pending
          pending = undefined
          for (const event of heard) send(event)
          // Dropped while it started (a replay too large to hold): no heartbeat outlives it.
          if (closed) return
          let takenAtLastBeat = -1
          let stalledBeats = 0
          heartbeat = setInterval(() => {
            const taken = written - waiting()
            stalledBeats = waiting() > 0 && taken === takenAtLastBeat ? stalledBeats + 1 : 0
            takenAtLastBeat = taken
            if (stalledBeats >= 2) return fallBehind()
            write(': heartbeat\n\n')
            renewSoon(db, clientId, presenceTtl(), () => void trackTask(close()))
            // A failed check (the database away a moment) keeps the stream; only a "no" ends it.
            void input
              .stillAllowed?.()
              .then((allowed) => {
                if (!allowed) void trackTask(close())
              })
              .catch(() => {})
          }, heartbeatMs)
        } catch (error) {
          if (!closed) console.error(`Live events: the stream of ${translationId} failed: ${String(error)}`)
          await close()
        }
      },
      async cancel() {
        if (cleanup) await trackTask(cleanup())
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: queueBytes }),
  )
}
