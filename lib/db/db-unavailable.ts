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

/**
 * Why the database cannot answer (`DatabaseNotReachable`, `P1001`, …), or null when the error is
 * something else. A failure like this is the server's state, not a bug in the request.
 */
export function databaseUnavailableReason(error: unknown): string | null {
  if (error instanceof DatabaseUnavailableError) return 'DatabaseInUse'
  if (error instanceof Prisma.PrismaClientInitializationError) return error.errorCode ?? 'InitializationFailed'
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null
  const kind = (error.meta?.driverAdapterError as { cause?: { kind?: unknown } } | undefined)?.cause?.kind
  if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return kind
  return UNAVAILABLE_CODES.has(error.code) ? error.code : null
}
