import { localizeError } from './respond'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * A job as the caller reads it: a failed job's error, stored as codes (`jobError`), with its message and its
 * problems' messages in the caller's language (Accept-Language), as an error answer would carry them.
 */
export async function localizeJob<J extends { error: unknown }>(request: Request, job: J): Promise<J> {
  const { error } = job
  if (!isRecord(error) || typeof error.code !== 'string') return job
  const { code, ...details } = error
  return { ...job, error: await localizeError(request, code, details) }
}
