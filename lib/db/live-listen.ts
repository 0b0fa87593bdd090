import type { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { LIVE_CHANNEL } from './live-events'

/** What a listener calls: each notification's payload, and once, a lost connection. */
export type ListenHandlers = { onNotice: (payload: string) => void; onLost: (error: unknown) => void }
/** Starts listening to the live channel; answers how to stop. */
export type LiveListen = (handlers: ListenHandlers) => Promise<() => Promise<void>>

/** LISTEN on a PGlite in this process: notifications of every client of it (the app's, the served CLI's). */
export function listenPglite(pglite: PGlite): LiveListen {
  return async ({ onNotice }) => {
    const unlisten = await pglite.listen(LIVE_CHANNEL, onNotice)
    return () => unlisten()
  }
}

/**
 * LISTEN on PostgreSQL through a dedicated connection (a pooled one would hand LISTEN to whichever
 * query ran it). A lost connection is reported once; the caller decides how to recover.
 */
export function listenPostgres(url: string): LiveListen {
  return async ({ onNotice, onLost }) => {
    const client = new pg.Client({ connectionString: url })
    let stopped = false
    const lost = (error: unknown) => {
      if (stopped) return
      stopped = true
      client.end().catch(() => {})
      onLost(error)
    }
    client.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL && message.payload !== undefined) onNotice(message.payload)
    })
    client.on('error', lost)
    client.on('end', () => lost(new Error('The live events connection closed')))
    await client.connect()
    await client.query(`LISTEN ${LIVE_CHANNEL}`)
    return async () => {
      if (stopped) return
      stopped = true
      await client.end()
    }
  }
}
