import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket'
import pg from 'pg'
import { DatabaseUnavailableError } from './db-unavailable'
import { PgliteTurns } from './pglite-turns'

/** The file name libpq and node-postgres look for in a socket directory (port 5432). */
const SOCKET_NAME = '.s.PGSQL.5432'
/** Longest unix socket path Linux accepts (sun_path is 108 bytes with the final NUL). */
const MAX_SOCKET_PATH = 107

/** What the app server writes into its PGlite folder so other processes can reach the database it holds. */
export type ServedPglite = { pid: number; socketDir: string }

const descriptorPath = (dataDir: string) => path.join(dataDir, '.server.json')

/**
 * A directory only this user can enter, for the socket: inside the data folder, or in the temp
 * folder when that path would be too long for a unix socket.
 */
function makeSocketDir(dataDir: string): string {
  const inside = path.join(dataDir, '.socket')
  if (path.join(inside, SOCKET_NAME).length > MAX_SOCKET_PATH) return mkdtempSync(path.join(tmpdir(), 'parallel-pg-'))
  rmSync(inside, { recursive: true, force: true }) // left by a server that crashed: this process holds the folder now
  mkdirSync(inside, { mode: 0o700 })
  chmodSync(inside, 0o700) // mkdir's mode is filtered by the umask; be sure
  return inside
}

/**
 * Serves the PGlite this process holds to other processes (the CLI) over the PostgreSQL protocol, on a
 * unix socket in a directory only this user can enter. Writes `<dataDir>/.server.json` so they find it,
 * and removes both when the process exits. Returns a function that stops serving.
 */
export async function servePglite(pglite: PGlite, dataDir: string): Promise<() => Promise<void>> {
  await pglite.waitReady // a new folder exists only once PGlite has created it
  const socketDir = makeSocketDir(dataDir)
  const socketPath = path.join(socketDir, SOCKET_NAME)
  const sockets = new Map<number, Socket>()
  const turns = new PgliteTurns(pglite, (handlerId) => sockets.get(handlerId)?.destroy())
  // PgliteTurns stands in for pglite-socket's own queue (see why there); the handler calls the same methods.
  const queryQueue = turns as unknown as PGLiteSocketHandlerOptions['queryQueue']
  const server = createServer((socket) => {
    const handler = new PGLiteSocketHandler({ queryQueue, closeOnDetach: true })
    sockets.set(handler.handlerId, socket)
    socket.once('close', () => sockets.delete(handler.handlerId))
    void handler.attach(socket)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, resolve)
  })
  chmodSync(socketPath, 0o600)
  const descriptor: ServedPglite = { pid: process.pid, socketDir }
  writeFileSync(descriptorPath(dataDir), JSON.stringify(descriptor), { mode: 0o600 })

  const removeFiles = () => {
    rmSync(descriptorPath(dataDir), { force: true })
    rmSync(socketDir, { recursive: true, force: true })
  }
  process.once('exit', removeFiles)
  return async () => {
    process.off('exit', removeFiles)
    removeFiles()
    for (const socket of sockets.values()) socket.destroy()
    await new Promise((resolve) => server.close(resolve))
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The app server serving this PGlite folder, or undefined when none runs (a stale descriptor is ignored). */
export function findServedPglite(dataDir: string): ServedPglite | undefined {
  let descriptor: ServedPglite
  try {
    descriptor = JSON.parse(readFileSync(descriptorPath(dataDir), 'utf8')) as ServedPglite
  } catch {
    return undefined
  }
  if (!isAlive(descriptor.pid) || !existsSync(path.join(descriptor.socketDir, SOCKET_NAME))) return undefined
  return descriptor
}

/** After this long without being let in, a command says on stderr what it waits for. */
const SAY_WAITING_AFTER_MS = 2_000

/**
 * Waits until the app serving this PGlite folder lets a client in (its socket answers the startup,
 * which needs a turn on the app's one session), for `waitMs` at most. An app that is hung, stopped or
 * held busy would otherwise keep a command waiting silently forever: after two seconds `onWaiting` is
 * told why it waits, and after `waitMs` this throws a DatabaseUnavailableError that says what to do.
 */
export async function waitForServedPglite(
  served: ServedPglite,
  dataDir: string,
  { waitMs, onWaiting }: { waitMs: number; onWaiting: (message: string) => void },
): Promise<void> {
  const client = new pg.Client({
    host: served.socketDir,
    user: 'postgres',
    database: 'postgres',
    connectionTimeoutMillis: waitMs,
  })
  client.on('error', () => undefined) // a failure to connect is the rejection below
  const saying = setTimeout(
    () =>
      onWaiting(
        `Waiting for the app (process ${served.pid}), which holds the database folder ${dataDir} and is busy; giving up after ${Math.round(waitMs / 1000)} s…`,
      ),
    Math.min(SAY_WAITING_AFTER_MS, waitMs),
  )
  try {
    await client.connect()
  } catch (error) {
    throw new DatabaseUnavailableError(
      `The app (process ${served.pid}) holding ${dataDir} did not let this command in within ${Math.round(waitMs / 1000)} s (${error instanceof Error ? error.message : String(error)}). It may be hung or busy: try again later, set PARALLEL_CLI_WAIT_MS to wait longer, or stop the app and run the command again.`,
    )
  } finally {
    clearTimeout(saying)
  }
  await client.end().catch(() => undefined)
}
