import { rm } from 'node:fs/promises'
import { createImportJob, listImportJobs } from '@/lib/db/import-jobs'
import { runImportJob } from '@/lib/server/imports/run-import-job'
import { runInBackground } from '@/lib/server/imports/run-in-background'
import { importExchangeFile } from '@/lib/server/imports/import-exchange-file'
import { checkExchangeFile } from '@/lib/exchange/check-exchange-file'
import { importLimits, readUpload } from '@/lib/http/import-upload'
import { localizeProblems } from '@/lib/http/localize-problems'
import { errorResponse, json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'

export const dynamic = 'force-dynamic'

/** The recent background imports; jobs interrupted by a restart were failed at start-up (scripts/prepare-db.ts). */
export const GET = route({ allow: 'documents.read' }, async ({ db }) => json({ jobs: await listImportJobs(db) }))

/** Imports a file directly when it is small, else queues a background job (202). */
export const POST = route({ allow: 'documents.create' }, async ({ request, db, actor }) => {
  const upload = await readUpload(request)
  const { maxBytes, syncBytes } = importLimits()
  const { fileName, format, documentId, update, languages } = upload
  if (upload.size > syncBytes) {
    const filePath = await upload.save()
    const job = await createImportJob(db, {
      kind: format,
      fileName,
      filePath,
      total: upload.size * 2,
      options: {
        actorId: actor.id,
        ...languages,
        ...(documentId ? { documentId, ...(update ? { update } : {}) } : {}),
      },
    }).catch(async (error: unknown) => {
      await rm(filePath, { force: true })
      throw error
    })
    runInBackground(job.id, () => runImportJob(db, job.id, { maxBytes }))
    return json({ jobId: job.id, status: 'queued' }, 202)
  }
  const bytes = await upload.read().finally(() => upload.discard())
  const report = await checkExchangeFile(bytes, format, maxBytes)
  if (!report.ok)
    return errorResponse(request, 'import.invalidFile', 422, {
      format,
      units: report.units,
      problems: await localizeProblems(request, report.problems),
    })
  const result = await importExchangeFile(
    db,
    { input: bytes, format, fileName, documentId, update, maxBytes, languages },
    actor,
  )
  return json(result, 201)
})
