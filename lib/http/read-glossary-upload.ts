import { AppError } from '../errors'
import { checkMultipartLength } from './check-multipart-length'
import { readBody } from './read-body'
import { readBoundedBody } from './read-bounded-body'
import { storableFileName } from './schemas'

/** The largest glossary file an import reads (it is read whole, in memory). */
export const GLOSSARY_MAX_BYTES = 32 * 1024 * 1024

/** An uploaded glossary file: its bytes, its name, and the format the form asked for, if any. */
export type GlossaryUpload = { bytes: Uint8Array; fileName: string; format?: 'csv' | 'tbx' }

const formatOf = (value: unknown) => (value === 'csv' || value === 'tbx' ? value : undefined)

/**
 * Reads a glossary upload: `multipart/form-data` with `file` (and optional `format`), or the file as the
 * raw body with `?fileName=`. At most `GLOSSARY_MAX_BYTES`; no file is `400 import.empty`.
 */
export async function readGlossaryUpload(request: Request): Promise<GlossaryUpload> {
  const isMultipart = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data')
  if (!isMultipart) {
    const bytes = await readBoundedBody(request, GLOSSARY_MAX_BYTES)
    if (bytes.byteLength === 0) throw new AppError('import.empty')
    return { bytes, fileName: storableFileName(new URL(request.url).searchParams.get('fileName') ?? '') }
  }
  checkMultipartLength(request, GLOSSARY_MAX_BYTES)
  const form = await readBody(() => request.formData())
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) throw new AppError('import.empty')
  const bytes = new Uint8Array(await readBody(() => file.arrayBuffer()))
  return { bytes, fileName: storableFileName(file.name), format: formatOf(form.get('format')) }
}
