import type { Prisma } from '@prisma/client'
import { isAppError, type ErrorCode } from '@/lib/errors'
import { databaseUnavailableReason } from '@/lib/db/db-unavailable'

/**
 * A failure as a job stores it, with the codes an HTTP answer would carry (`errorToResponse`):
 * an AppError with its details, a lost database as `server.unavailable`, anything else as a logged
 * bug, `server.internal`.
 */
export function jobError(error: unknown): Prisma.InputJsonObject {
  if (isAppError(error))
    return { code: error.code, ...(JSON.parse(JSON.stringify(error.details ?? {})) as Prisma.InputJsonObject) }
  const reason = databaseUnavailableReason(error)
  if (reason) return { code: 'server.unavailable' satisfies ErrorCode, reason }
  console.error(error)
  return { code: 'server.internal' satisfies ErrorCode }
}
