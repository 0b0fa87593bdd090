/** Live event streams one person may hold open on one app instance (one per editor tab open). */
export const STREAMS_PER_PERSON = 24

/**
 * Counts the open event streams of each person on this instance. Each stream holds a connection, a
 * subscription and a presence row renewed every heartbeat: one account opening thousands of them slowed
 * everyone's saves (1,821 streams: a save took 19 s). `take` answers a release function, or null when
 * the person already holds `limit` streams here.
 */
export function createStreamQuota(limit = STREAMS_PER_PERSON) {
  const open = new Map<string, number>()
  return {
    take(personId: string): (() => void) | null {
      const held = open.get(personId) ?? 0
      if (held >= limit) return null
      open.set(personId, held + 1)
      let released = false
      return () => {
        if (released) return
        released = true
        const left = (open.get(personId) ?? 1) - 1
        if (left > 0) open.set(personId, left)
        else open.delete(personId)
      }
    },
    held: (personId: string) => open.get(personId) ?? 0,
  }
}

export type StreamQuota = ReturnType<typeof createStreamQuota>

const QUOTA = Symbol.for('parallel.liveStreamQuota')
/** This process's quota (one across hot reloads in development). */
export function getStreamQuota(): StreamQuota {
  const holder = globalThis as { [QUOTA]?: StreamQuota }
  return (holder[QUOTA] ??= createStreamQuota())
}
