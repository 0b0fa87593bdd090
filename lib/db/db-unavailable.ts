import { Prisma } from '@prisma/client'

// Prisma's codes for a server it cannot reach, a timeout, a closed connection or a full pool.
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1010', 'P1011', 'P1017', 'P2024'])
// The driver adapter's kinds for the same failures (@prisma/driver-adapter-utils).
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TransactionAlreadyClosed',
])

/** The database cannot be opened (a PGlite folder held by another process). */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseUnavailableError'
  }
}

// The same failures as the `pg` driver reports them to the statements that run on it (lib/db/sql.ts):
// the socket's error codes, PostgreSQL's SQLSTATEs, and the driver's own messages.
const DRIVER_SOCKET_CODES: Record<string, string> = {
  ECONNREFUSED: 'DatabaseNotReachable',
  ENOTFOUND: 'DatabaseNotReachable',
  EAI_AGAIN: 'DatabaseNotReachable',
  EHOSTUNREACH: 'DatabaseNotReachable',
  ENETUNREACH: 'DatabaseNotReachable',
  ENOENT: 'DatabaseNotReachable',
  ETIMEDOUT: 'SocketTimeout',
  ECONNRESET: 'ConnectionClosed',
  EPIPE: 'ConnectionClosed',
}
const SOCKET_SYSCALLS = new Set(['connect', 'getaddrinfo', 'read', 'write'])
const DRIVER_SQLSTATES: Record<string, string> = {
  '3D000': 'DatabaseDoesNotExist',
  '28000': 'AuthenticationFailed',
  '28P01': 'AuthenticationFailed',
  '53300': 'TooManyConnections',
  '57P01': 'ConnectionClosed',
  '57P02': 'ConnectionClosed',
  '57P03': 'DatabaseNotReachable',
}
const DRIVER_MESSAGES: Record<string, string> = {
  'Connection terminated unexpectedly': 'ConnectionClosed',
  'Connection terminated': 'ConnectionClosed',
  'timeout exceeded when trying to connect': 'SocketTimeout',
  'Client has encountered a connection error and is not queryable': 'ConnectionClosed',
}

function driverUnavailableReason(error: Error): string | null {
  const { code, syscall } = error as { code?: unknown; syscall?: unknown }
  if (typeof code === 'string') {
    // A socket's error, not a file's: an upload that cannot be read is not the database going away.
    const socket = typeof syscall === 'string' && SOCKET_SYSCALLS.has(syscall) ? DRIVER_SOCKET_CODES[code] : undefined
    const reason = socket ?? DRIVER_SQLSTATES[code] ?? (/^08[0-9A-Z]{3}$/.test(code) ? 'ConnectionClosed' : null)
    if (reason) return reason
  }
  // Several addresses tried at once (localhost as ::1 and 127.0.0.1): every one of them refused.
  if (error instanceof AggregateError && error.errors.length > 0)
    return error.errors.every((e) => e instanceof Error && driverUnavailableReason(e))
      ? driverUnavailableReason(error.errors[0] as Error)
      : null
  return Object.hasOwn(DRIVER_MESSAGES, error.message) ? DRIVER_MESSAGES[error.message]! : null
}

/**
 * Why the database cannot answer (`DatabaseNotReachable`, `P1001`, …), or null when the error is
 * something else. A failure like this is the server's state, not a bug in the request.
 */
export function databaseUnavailableReason(error: unknown): string | null {
  // A library that wraps the failure (better-auth's "Failed to get session") keeps it as the cause.
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    const reason = ownReason(cause)
    if (reason) return reason
  }
  return null
}

function ownReason(error: Error): string | null {
  if (error instanceof DatabaseUnavailableError) return 'DatabaseInUse'
  if (error instanceof Prisma.PrismaClientInitializationError) return error.errorCode ?? 'InitializationFailed'
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return driverUnavailableReason(error)
  const kind = (error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined)?.cause?.kind
  if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return kind
  return UNAVAILABLE_CODES.has(error.code) ? error.code : null
}
