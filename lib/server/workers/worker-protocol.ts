import { AppError, isAppError, isErrorCode } from '@/lib/errors'
import { FormatError } from '@/lib/formats/format-error'

/** What the pool sends a worker: run `task` on `input` (structured-cloned). */
export type TaskRequest = { id: number; task: string; input: unknown }

/** An error as it crosses the thread boundary (an `Error` loses its class and own fields on the way). */
export type SerializedError = {
  name: string
  message: string
  stack?: string
  code?: string
  details?: unknown
  /** A file reader's `FormatError`: its code, position and parameters. */
  format?: Pick<FormatError, 'code' | 'line' | 'column' | 'params'>
}

/** What a worker answers: progress (0 to 1) any number of times, then a value or an error. */
export type TaskReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; error: SerializedError }

/** A task's failure as the worker threw it: its name, message and the worker's stack. */
export class WorkerTaskError extends Error {
  constructor(serialized: SerializedError) {
    super(serialized.message)
    this.name = serialized.name
    if (serialized.stack) this.stack = serialized.stack
  }
}

/** Serializes a thrown value so it can be posted; an `AppError` keeps its code and details, a `FormatError` its place. */
export function serializeError(error: unknown): SerializedError {
  if (isAppError(error)) return { name: error.name, message: error.message, code: error.code, details: error.details }
  if (error instanceof FormatError) {
    const { code, line, column, params } = error
    return { name: error.name, message: error.message, stack: error.stack, format: { code, line, column, params } }
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack }
  return { name: 'Error', message: String(error) }
}

/**
 * The error to throw in the calling thread: an `AppError` again (the API maps it to its status), a `FormatError`
 * again (the import turns it into its localized problem), else a `WorkerTaskError`.
 */
export function deserializeError(serialized: SerializedError): Error {
  if (serialized.format) return FormatError.restore({ ...serialized.format, message: serialized.message })
  if (serialized.code !== undefined && isErrorCode(serialized.code))
    return new AppError(serialized.code, serialized.details as Record<string, unknown> | undefined)
  return new WorkerTaskError(serialized)
}
