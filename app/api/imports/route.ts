import { listImportJobs } from '@/lib/db/import-jobs'
import { importExchangeFile } from '@/lib/server/imports/import-exchange-file'
import { DOCUMENT_IMPORT_ACTION } from '@/lib/server/imports/run-import-job'
import { ensureImportWorker, queueFileImport } from '@/lib/server/jobs/import-worker'
import { checkExchangeFileInWorker } from '@/lib/server/workers/parse-in-worker'
import { importLimits, readUpload } from '@/lib/http/import-upload'
import { localizeJob } from '@/lib/http/localize-job'
import { errorResponse, json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** The recent background imports the person started (an admin: everyone's; the job queue, run by every instance's worker: docs/jobs.md). */
export const GET = route({ allow: 'documents.read' }, async ({ request, db, actor }) => {
  ensureImportWorker(db)
  const jobs = await listImportJobs(db, { viewer: actor })
  return json({ jobs: await Promise.all(jobs.map((job) => localizeJob(request, job))) })
})

/** Imports a file directly when it is small, else queues a background job (202). */
export const POST = route({ allow: DOCUMENT_IMPORT_ACTION }, async ({ request, db, actor }) => {
  const upload = await readUpload(request)
  const { maxBytes, syncBytes } = importLimits()
  const { fileName, format, documentId, update, languages } = upload
  if (upload.size > syncBytes) {
    const job = await queueFileImport(db, {
      kind: format,
      fileName,
      size: upload.size,
      // Reading twice (check, then import) is the bar's 90%.
      totalPerByte: 2,
      bytes: upload.stream(),
      options: {
        actorId: actor.id,
        ...languages,
        ...(documentId ? { documentId, ...(update ? { update } : {}) } : {}),
      },
    }).finally(() => upload.discard())
    ensureImportWorker(db).kick()
    return json({ jobId: job.id, status: 'queued' }, 202)
  }
  const bytes = await upload.read().finally(() => upload.discard())
  const report = await checkExchangeFileInWorker(bytes, format, maxBytes)
  if (!report.ok)
    return errorResponse(request, 'import.invalidFile', 422, {
      format,
      units: report.units,
      problems: report.problems,
    })
  const result = await importExchangeFile(
    db,
    { input: bytes, format, fileName, documentId, update, maxBytes, languages },
    actor,
  )
  return json(result, 201)
})

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST })
