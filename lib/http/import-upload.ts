import { randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, open, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { readEnv } from '../env'
import { AppError } from '../errors'
import { detectFormat, type ImportFormat } from '../exchange/detect-format'
import type { XmlInput } from '../formats/decode-xml-input'
import { checkMultipartLength } from './check-multipart-length'
import { bodyReadError, readBody } from './read-body'
import { isLangTag, normalizeLangTag } from '../formats/lang-tag'
import { storableFileName, storableText } from './schemas'

/** An uploaded TMX, XLIFF or JSON file, in memory (multipart, small) or already on disk (raw body). */
export type Upload = {
  fileName: string
  size: number
  format: ImportFormat
  documentId?: string
  /** `update=1`: update the translations the document already has (see `importExchangeFile`). */
  update: boolean
  /** `sourceLang` / `targetLang`: the languages chosen for a file that does not settle them (see `createUnitSelector`). */
  languages: { sourceLang?: string; targetLang?: string }
  /** The bytes, streamed. */
  stream(): XmlInput
  /** The whole file in memory (small files only). */
  read(): Promise<Uint8Array>
  /** A path on disk for a background job; the job deletes it. */
  save(): Promise<string>
  /** Drops the upload when it is not saved for a job. */
  discard(): Promise<void>
}

/** The size limits of imports and checks; `multipartBytes` caps a multipart form, which is buffered in memory. */
export function importLimits(): { maxBytes: number; syncBytes: number; multipartBytes: number } {
  const env = readEnv()
  const multipartBytes = Math.min(
    env.PARALLEL_MAX_IMPORT_BYTES,
    Math.max(env.PARALLEL_IMPORT_SYNC_BYTES, env.PARALLEL_MAX_UPLOAD_BYTES),
  )
  return { maxBytes: env.PARALLEL_MAX_IMPORT_BYTES, syncBytes: env.PARALLEL_IMPORT_SYNC_BYTES, multipartBytes }
}

const isUpdate = (value: unknown) => value === '1' || value === 'true' || value === 'on'

/** The optional `sourceLang` and `targetLang` of an import, as BCP 47 tags (`validation.invalid` otherwise). */
function readLanguages(get: (name: string) => unknown): Upload['languages'] {
  const languages: Upload['languages'] = {}
  for (const field of ['sourceLang', 'targetLang'] as const) {
    const value = get(field)
    const text = typeof value === 'string' ? value.trim() : ''
    if (!text) continue
    if (!isLangTag(text)) throw new AppError('validation.invalid', { field })
    languages[field] = normalizeLangTag(text)
  }
  return languages
}

/** Where uploads wait for their background import: PARALLEL_IMPORT_DIR, else `imports/` beside the PGlite folder. */
export function importDirPath(env = readEnv()): string {
  return path.resolve(
    env.PARALLEL_IMPORT_DIR ?? path.join(path.dirname(path.resolve(env.PARALLEL_DATA_DIR)), 'imports'),
  )
}

async function uploadDir(): Promise<string> {
  const dir = importDirPath()
  // Only the app's user may read uploads waiting there (a folder in /tmp is shared with every user).
  await mkdir(dir, { recursive: true, mode: 0o700 })
  return dir
}

async function headOf(filePath: string): Promise<Uint8Array> {
  const handle = await open(filePath)
  try {
    const buffer = new Uint8Array(4096)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

async function readMultipart(request: Request, maxBytes: number): Promise<Upload> {
  const form = await readBody(() => request.formData())
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) throw new AppError('import.empty')
  storableFileName(file.name)
  if (file.size > maxBytes) throw new AppError('import.tooLarge', { maxBytes })
  const format = detectFormat(new Uint8Array(await file.slice(0, 4096).arrayBuffer()), file.name)
  if (!format) throw new AppError('import.unknownFormat')
  const documentId = storableText(String(form.get('documentId') ?? '').trim(), 'documentId')
  const query = new URL(request.url).searchParams
  const update = isUpdate(form.get('update') ?? query.get('update'))
  return {
    fileName: file.name,
    size: file.size,
    format,
    update,
    languages: readLanguages((name) => form.get(name) ?? query.get(name)),
    ...(documentId ? { documentId } : {}),
    stream: () => Readable.fromWeb(file.stream() as unknown as NodeReadableStream) as AsyncIterable<Uint8Array>,
    read: async () => new Uint8Array(await file.arrayBuffer()),
    save: async () => {
      const filePath = path.join(await uploadDir(), `${randomUUID()}.${format}`)
      await pipeline(
        Readable.fromWeb(file.stream() as unknown as NodeReadableStream),
        createWriteStream(filePath, { mode: 0o600 }),
      )
      return filePath
    },
    discard: async () => undefined,
  }
}

/** A raw body (`?fileName=…&documentId=…`) goes straight to disk, so a large file never sits in memory. */
async function readRaw(request: Request, maxBytes: number): Promise<Upload> {
  const url = new URL(request.url)
  const fileName = url.searchParams.get('fileName')?.trim()
  if (!fileName || !request.body) throw new AppError('validation.invalid', { field: 'fileName' })
  storableFileName(fileName)
  const documentId = storableText(url.searchParams.get('documentId')?.trim() ?? '', 'documentId')
  const languages = readLanguages((name) => url.searchParams.get(name))
  const filePath = path.join(await uploadDir(), `${randomUUID()}.upload`)
  let size = 0
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.byteLength
      done(size > maxBytes ? new AppError('import.tooLarge', { maxBytes }) : null, chunk)
    },
  })
  try {
    await pipeline(
      Readable.fromWeb(request.body as unknown as NodeReadableStream),
      count,
      createWriteStream(filePath, { mode: 0o600 }),
    ).catch((error: unknown) => {
      throw bodyReadError(error)
    })
    if (size === 0) throw new AppError('import.empty')
    const format = detectFormat(await headOf(filePath), fileName)
    if (!format) throw new AppError('import.unknownFormat')
    return {
      fileName,
      size,
      format,
      update: isUpdate(url.searchParams.get('update')),
      languages,
      ...(documentId ? { documentId } : {}),
      stream: () => createReadStream(filePath, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Uint8Array>,
      read: async () => new Uint8Array(await readFile(filePath)),
      save: async () => filePath,
      discard: () => rm(filePath, { force: true }),
    }
  } catch (error) {
    await rm(filePath, { force: true })
    throw error
  }
}

/**
 * Reads an upload: `multipart/form-data` with `file` and optional `documentId` and `update`, or the
 * file as the raw body with `?fileName=` (and `&documentId=`, `&update=1`), which streams to disk.
 */
export async function readUpload(request: Request): Promise<Upload> {
  const { maxBytes, multipartBytes } = importLimits()
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > maxBytes + 64 * 1024) throw new AppError('import.tooLarge', { maxBytes })
  const isMultipart = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data')
  if (!isMultipart) return readRaw(request, maxBytes)
  // A form is buffered whole in memory, so it gets the small limit; large files come as a raw body.
  checkMultipartLength(request, multipartBytes)
  return readMultipart(request, multipartBytes)
}
