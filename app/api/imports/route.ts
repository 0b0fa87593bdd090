import { randomUUID } from 'node:crypto'
import { db } from '@/lib/db/db'
import { importExchangeFile } from '@/lib/db/import-exchange-file'
import { createImportJob, listImportJobs } from '@/lib/db/import-jobs'
import { runImportJob } from '@/lib/db/run-import-job'
import { getActingUser } from '@/lib/db/users'
import { checkExchangeFile } from '@/lib/exchange/check-exchange-file'
import { importLimits, readUpload, saveUpload } from '@/lib/http/import-upload'
import { localizeProblems } from '@/lib/http/localize-problems'
import { errorResponse, handle, json } from '@/lib/http/respond'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return handle(request, async () => json({ jobs: await listImportJobs(db) }))
}

/** Imports a file directly when it is small, else queues a background job (202). */
export async function POST(request: Request) {
  return handle(request, async () => {
    const { file, format, documentId } = await readUpload(request)
    const { maxBytes, syncBytes } = importLimits()
    if (file.size > syncBytes) {
      const filePath = await saveUpload(file, `${randomUUID()}.${format}`)
      const job = await createImportJob(db, { kind: format, fileName: file.name, filePath, total: file.size * 2, options: documentId ? { documentId } : {} })
      runImportJob(db, job.id, { maxBytes }).catch((error: unknown) => console.error(error))
      return json({ jobId: job.id, status: 'queued' }, 202)
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const report = await checkExchangeFile(bytes, format, maxBytes)
    if (!report.ok) return errorResponse(request, 'import.invalidFile', 422, { format, units: report.units, problems: await localizeProblems(request, report.problems) })
    const result = await importExchangeFile(db, { input: bytes, format, fileName: file.name, documentId, maxBytes }, await getActingUser(db))
    return json(result, 201)
  })
}
