import { localizeError } from './respond'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** An error stored as codes (`jobError`) with its message and its problems' messages in the caller's language. */
async function localizeStoredError(request: Request, error: unknown): Promise<unknown> {
  if (!isRecord(error) || typeof error.code !== 'string') return error
  const { code, ...details } = error
  return localizeError(request, code, details)
}

/**
 * A job as the caller reads it: a failed job's error, and the error of each pair a folder import could not
 * import (`result.pairs[].error`), with their messages in the caller's language (Accept-Language), as an
 * error answer would carry them.
 */
export async function localizeJob<J extends { error: unknown }>(request: Request, job: J): Promise<J> {
  const localized = { ...job, error: await localizeStoredError(request, job.error) }
  const result = (job as { result?: unknown }).result
  if (!isRecord(result) || !Array.isArray(result.pairs)) return localized
  const pairs = await Promise.all(
    result.pairs.map(async (pair: unknown) =>
      isRecord(pair) && pair.error !== undefined
        ? { ...pair, error: await localizeStoredError(request, pair.error) }
        : pair,
    ),
  )
  return { ...localized, result: { ...result, pairs } }
}
