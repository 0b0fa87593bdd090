import { getAppPglite, readDbConfig } from '@/lib/db/client'
import { db } from '@/lib/db/db'
import { listenPglite, listenPostgres, type LiveListen } from '@/lib/db/live-listen'
import { createLiveHub, type LiveHub } from './live-hub'

/** PostgreSQL: a dedicated connection of this instance; PGlite: the app's own, in this process. */
function appListen(): LiveListen {
  const config = readDbConfig()
  if (config.kind === 'postgres') return listenPostgres(config.url)
  const pglite = getAppPglite()
  if (!pglite) throw new Error('The app holds no PGlite to listen on')
  return listenPglite(pglite)
}

const cache = globalThis as unknown as { parallelLiveHub?: LiveHub }

/** This app instance's hub of live events, reused across hot reloads. */
export function getLiveHub(): LiveHub {
  return (cache.parallelLiveHub ??= createLiveHub({ db, listen: (handlers) => appListen()(handlers) }))
}
