import type { Db } from '@/lib/db/client'
import { getLiveEvent, pruneLiveEvents, type LiveEvent, type LiveNotice } from '@/lib/db/live-events'
import type { LiveListen } from '@/lib/db/live-listen'
import { endExpiredPresence } from './presence'

/** One open events stream, as the hub sees it. */
export type LiveSubscriber = {
  onEvent: (event: LiveEvent) => void
  /** The hub lost its database listener: the stream ends, and the client resumes from its last id. */
  onClose: () => void
}

export type LiveHub = {
  /** Hears the events of one translation until the answered function is called. */
  subscribe: (translationId: string, subscriber: LiveSubscriber) => Promise<() => Promise<void>>
  /** Open subscriptions and whether the database listener runs (tests check nothing leaks). */
  stats: () => { subscribers: number; listening: boolean }
}

export type LiveHubOptions = {
  db: Db
  listen: LiveListen
  /** How long events stay replayable, and how many at most. */
  keepMs?: number
  keepRows?: number
  pruneEveryMs?: number
}

export const LIVE_EVENTS_KEEP_MS = 10 * 60_000
export const LIVE_EVENTS_KEEP_ROWS = 20_000

/**
 * The events of this app instance: one database listener (LISTEN) while at least one stream is open,
 * fanning each notification out to the streams of its translation. Events come from every instance,
 * as NOTIFY reaches every listener of the database. An event too large for NOTIFY is read by id. The
 * replay window is pruned while the hub listens.
 */
export function createLiveHub({
  db,
  listen,
  keepMs = LIVE_EVENTS_KEEP_MS,
  keepRows = LIVE_EVENTS_KEEP_ROWS,
  pruneEveryMs = 60_000,
}: LiveHubOptions): LiveHub {
  const subscribers = new Map<string, Set<LiveSubscriber>>()
  let count = 0
  let listening: Promise<() => Promise<void>> | undefined
  let pruneTimer: ReturnType<typeof setInterval> | undefined
  // A listener starts only after the previous one stopped: PGlite's unlisten, finishing after a new listen
  // on the same channel, would drop the new callback.
  let stopping: Promise<void> = Promise.resolve()
  // Notifications are handled one after another, so one read by id cannot overtake the next.
  let delivery = Promise.resolve()

  const remove = (translationId: string, subscriber: LiveSubscriber) => {
    const set = subscribers.get(translationId)
    if (!set?.delete(subscriber)) return
    count -= 1
    if (set.size === 0) subscribers.delete(translationId)
  }

  const deliver = async (payload: string) => {
    let notice: LiveNotice
    try {
      notice = JSON.parse(payload) as LiveNotice
    } catch {
      return
    }
    if (!subscribers.has(notice.t)) return
    const event =
      notice.k && notice.d !== undefined
        ? ({ id: notice.id, translationId: notice.t, kind: notice.k, data: notice.d } as LiveEvent)
        : await getLiveEvent(db, notice.id)
    if (!event) return
    for (const subscriber of [...(subscribers.get(event.translationId) ?? [])]) subscriber.onEvent(event)
  }

  const prune = async () => {
    await pruneLiveEvents(db, { olderThan: new Date(Date.now() - keepMs), keep: keepRows })
    await endExpiredPresence(db)
  }

  const stopPruning = () => {
    if (pruneTimer) clearInterval(pruneTimer)
    pruneTimer = undefined
  }

  const lost = (error: unknown) => {
    console.warn(`Live events: the database listener was lost (${String(error)}); streams will reconnect`)
    listening = undefined
    stopPruning()
    const all = [...subscribers.values()].flatMap((set) => [...set])
    subscribers.clear()
    count = 0
    for (const subscriber of all) subscriber.onClose()
  }

  const ensureListening = () => {
    if (!listening) {
      const started = stopping.then(() =>
        listen({
          onNotice: (payload) => {
            delivery = delivery.then(() => deliver(payload)).catch(() => {})
          },
          onLost: lost,
        }),
      )
      listening = started
      started.then(
        () => {
          pruneTimer ??= setInterval(() => void prune().catch(() => {}), pruneEveryMs)
          pruneTimer.unref?.()
        },
        () => {
          if (listening === started) listening = undefined
        },
      )
    }
    return listening
  }

  const stopListening = async () => {
    const current = listening
    listening = undefined
    stopPruning()
    if (!current) return
    stopping = current
      .then(
        (stop) => stop(),
        () => undefined,
      )
      .catch(() => undefined)
    await stopping
  }

  return {
    async subscribe(translationId, subscriber) {
      let set = subscribers.get(translationId)
      if (!set) subscribers.set(translationId, (set = new Set()))
      set.add(subscriber)
      count += 1
      try {
        await ensureListening()
      } catch (error) {
        remove(translationId, subscriber)
        throw error
      }
      let done = false
      return async () => {
        if (done) return
        done = true
        remove(translationId, subscriber)
        if (count === 0) await stopListening()
      }
    },
    stats: () => ({ subscribers: count, listening: listening !== undefined }),
  }
}
