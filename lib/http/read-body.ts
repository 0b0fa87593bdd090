import { AppError, isAppError } from '../errors'

/**
 * Runs a read of the request body (`formData()`, a stream reader) and turns a failure of the body
 * itself, such as a client going away mid-upload, into 400 `validation.invalid`: it is the
 * client's doing, not a server fault. Our own errors and failed system calls (a full disk) pass through.
 */
export async function readBody<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    throw bodyReadError(error)
  }
}

/** The error to throw for a failed body read (see `readBody`). */
export function bodyReadError(error: unknown): unknown {
  if (isAppError(error) || (error as { syscall?: string } | null)?.syscall) return error
  return new AppError('validation.invalid', { field: 'body' })
}
