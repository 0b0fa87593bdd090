import { AppError, isAppError } from '@/lib/errors'
import { importLimits, readUpload } from '@/lib/http/import-upload'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { importTmxToMemory } from '@/lib/server/tm/import-tmx-to-memory'
import { ensureImportWorker, queueFileImport } from '@/lib/server/jobs/import-worker'
import { TM_IMPORT_ACTION, TM_IMPORT_KIND } from '@/lib/server/tm/run-tm-import-job'
import { TmPairSchema } from '@/lib/tm/schema'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/**
 * Streams a TMX file (raw body with `?fileName=`, or multipart `file`) into the memory of a pair:
 * 201 `{ units, added, updated, unchanged }`; a file over the import's sync size becomes a background job
 * (202 `{ jobId, status }`, polled at `GET /api/imports/:jobId`), as document imports do.
 */
export const POST = route({ allow: TM_IMPORT_ACTION }, async ({ request, db, actor }) => {
  const pair = TmPairSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  // The memory takes TMX only: a file of another format, or of none, is refused as not TMX.
  const upload = await readUpload(request).catch((error: unknown) => {
    throw isAppError(error) && error.code === 'import.unknownFormat' ? new AppError('import.notTmx') : error
  })
  const { maxBytes, syncBytes } = importLimits()
  if (upload.format !== 'tmx') {
    await upload.discard()
    throw new AppError('import.notTmx')
  }
  if (upload.size > syncBytes) {
    const job = await queueFileImport(db, {
      kind: TM_IMPORT_KIND,
      fileName: upload.fileName,
      size: upload.size,
      totalPerByte: 1,
      bytes: upload.stream(),
      options: { actorId: actor.id, sourceLang: pair.srcLang, targetLang: pair.tgtLang },
    }).finally(() => upload.discard())
    ensureImportWorker(db).kick()
    return json({ jobId: job.id, status: 'queued' }, 202)
  }
  try {
    const result = await importTmxToMemory(db, {
      ...pair,
      input: upload.stream(),
      fileName: upload.fileName,
      maxBytes,
      now: new Date(),
    })
    return json(result, 201)
  } finally {
    await upload.discard()
  }
})

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
