import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { readEnv } from '../env'
import { AppError } from '../errors'
import { detectFormat, type ImportFormat } from '../exchange/detect-format'

export type Upload = { file: File; format: ImportFormat; documentId?: string }

/** The size limits of imports and checks. */
export function importLimits(): { maxBytes: number; syncBytes: number } {
  const env = readEnv()
  return { maxBytes: env.PARALLEL_MAX_IMPORT_BYTES, syncBytes: env.PARALLEL_IMPORT_SYNC_BYTES }
}

/** Reads a multipart upload with a `file` (TMX, XLIFF or project JSON) and an optional `documentId`. */
export async function readUpload(request: Request): Promise<Upload> {
  const { maxBytes } = importLimits()
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > maxBytes + 64 * 1024) throw new AppError('import.tooLarge', { maxBytes })
  if (!(request.headers.get('content-type') ?? '').startsWith('multipart/form-data')) throw new AppError('validation.invalid', { field: 'file' })
  const form = await request.formData()
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) throw new AppError('import.empty')
  if (file.size > maxBytes) throw new AppError('import.tooLarge', { maxBytes })
  const format = detectFormat(new Uint8Array(await file.slice(0, 4096).arrayBuffer()), file.name)
  if (!format) throw new AppError('import.unknownFormat')
  const documentId = String(form.get('documentId') ?? '').trim()
  return { file, format, ...(documentId ? { documentId } : {}) }
}

/** Saves an upload for a background job; returns its path. */
export async function saveUpload(file: File, name: string): Promise<string> {
  const env = readEnv()
  const dir = path.resolve(env.PARALLEL_IMPORT_DIR ?? path.join(path.dirname(path.resolve(env.PARALLEL_DATA_DIR)), 'imports'))
  await mkdir(dir, { recursive: true })
  const filePath = path.join(dir, name)
  await pipeline(Readable.fromWeb(file.stream() as unknown as NodeReadableStream), createWriteStream(filePath))
  return filePath
}
