import { readEnv } from '../env'
import { AppError, isAppError } from '../errors'
import { checkFileName, filesOfZip, pairNamedFiles, pairZipFiles, type Pairing } from '../corpus/pair-uploads'
import { requireLanguage } from '../import/prepare-article'
import { checkMultipartLength } from './check-multipart-length'
import { readBody } from './read-body'

/** A folder import as uploaded: the pairs found, the two languages and a label for the job list. */
export type FolderUpload = { pairing: Pairing; sourceLang: string; targetLang: string; label: string }

/**
 * The size limits of a folder import: the whole form (it is buffered in memory) is at most ten
 * article uploads, and each zip unpacks to at most four times that; each document stays within
 * the article limit (`maxFileBytes`).
 */
export function folderImportLimits(env = readEnv()) {
  const formBytes = Math.min(env.PARALLEL_MAX_IMPORT_BYTES, 10 * env.PARALLEL_MAX_UPLOAD_BYTES)
  return { formBytes, inflatedBytes: 4 * formBytes, maxFileBytes: env.PARALLEL_MAX_UPLOAD_BYTES }
}

const uploaded = (value: FormDataEntryValue | null): value is File => value instanceof File && value.size > 0

async function zipFiles(zip: File, inflatedBytes: number) {
  checkFileName(zip.name)
  try {
    return filesOfZip(new Uint8Array(await zip.arrayBuffer()), inflatedBytes)
  } catch (error) {
    // The message names the zip, since there are two.
    if (isAppError(error)) throw new AppError(error.code, { ...error.details, file: zip.name })
    throw error
  }
}

/**
 * Reads a folder import's multipart form: `sourceLang`, `targetLang`, and either `sourceZip` and
 * `targetZip` (paired by the names inside) or several `files` (paired as `name.de.txt` + `name.fr.txt`).
 * Refuses a form without them (`import.folderFiles`), one where nothing pairs (`import.noPairs`),
 * zip bombs and names reaching outside the folder.
 */
export async function readFolderUpload(request: Request): Promise<FolderUpload> {
  const { formBytes, inflatedBytes } = folderImportLimits()
  checkMultipartLength(request, formBytes)
  const form = await readBody(() => request.formData())
  const sourceLang = requireLanguage(String(form.get('sourceLang') ?? ''))
  const targetLang = requireLanguage(String(form.get('targetLang') ?? ''))
  if (sourceLang.toLowerCase() === targetLang.toLowerCase()) throw new AppError('translation.sameAsSource')
  const sourceZip = form.get('sourceZip')
  const targetZip = form.get('targetZip')
  const files = form.getAll('files').filter(uploaded)
  let pairing: Pairing
  let label: string
  if (uploaded(sourceZip) && uploaded(targetZip)) {
    pairing = pairZipFiles(await zipFiles(sourceZip, inflatedBytes), await zipFiles(targetZip, inflatedBytes))
    label = `${sourceZip.name} + ${targetZip.name}`
  } else if (files.length >= 2 && !uploaded(sourceZip) && !uploaded(targetZip)) {
    const named = await Promise.all(
      files.map(async (file) => ({ name: checkFileName(file.name), data: new Uint8Array(await file.arrayBuffer()) })),
    )
    pairing = pairNamedFiles(named, sourceLang, targetLang)
    label = named.map((file) => file.name).join(', ')
  } else throw new AppError('import.folderFiles')
  if (pairing.pairs.length === 0) throw new AppError('import.noPairs', { unpaired: pairing.unpaired.length })
  return { pairing, sourceLang, targetLang, label: label.slice(0, 500) }
}
