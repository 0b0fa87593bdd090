import { randomUUID } from 'node:crypto'
import pino, { type DestinationStream, type Logger } from 'pino'
import { readEnv } from './env'

/** The header carrying a request's id: taken from the caller (a load balancer) when well-formed, else made. */
export const REQUEST_ID_HEADER = 'x-request-id'
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/**
 * Fields never written to the log, wherever they appear at the top level or one level down: passwords,
 * tokens, secrets, cookies and Authorization headers (a request's headers are never logged whole either).
 */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'secret',
  'cookie',
  'set-cookie',
  'authorization',
  'databaseUrl',
  'DATABASE_URL',
  'BETTER_AUTH_SECRET',
]
export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => {
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`
  return [safe, `*.${safe}`.replace('.[', '[')]
})

type LogOptions = { destination?: DestinationStream; level?: string }

/** A JSON logger (one line per entry: level, time, msg and fields), secrets redacted. */
export function createLogger({ destination, level }: LogOptions = {}): Logger {
  const options = {
    level: level ?? readEnv().LOG_LEVEL,
    base: { pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { err: pino.stdSerializers.err },
  }
  return destination ? pino(options, destination) : pino(options)
}

const KEY = Symbol.for('parallel.logger')
const holder = globalThis as unknown as { [KEY]?: Logger }

/** The process's logger (stdout, level LOG_LEVEL). */
export function log(): Logger {
  return (holder[KEY] ??= createLogger())
}

/** Replaces the process's logger: tests write to memory, the launcher shares its own. */
export function configureLogger(options: LogOptions): Logger {
  return (holder[KEY] = createLogger(options))
}

const madeIds = new WeakMap<Request, string>()

/** The request's id: its `x-request-id` when well-formed (the launcher sets one on every request), else a new one, the same for the whole request. */
export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER)
  if (given && REQUEST_ID.test(given)) return given
  let made = madeIds.get(request)
  if (!made) madeIds.set(request, (made = randomUUID()))
  return made
}

/** A logger whose every entry names the request: its id, method and path (never its query or headers). */
export function requestLog(request: Request): Logger {
  let path = ''
  try {
    path = new URL(request.url).pathname
  } catch {
    path = ''
  }
  return log().child({ requestId: requestIdOf(request), method: request.method, path })
}
