import { getImportJob } from '@/lib/db/import-jobs'
import { cancelJob } from '@/lib/db/job-queue'
import { AppError } from '@/lib/errors'
import { localizeJob } from '@/lib/http/localize-job'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { ImportJobParams } from '@/lib/http/route-params'
import { ensureImportWorker } from '@/lib/server/jobs/import-worker'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** A background import the person started (an admin: any): status, processed/total, and the result or error (in the caller's language). */
export const GET = route(
  { allow: 'documents.read', params: ImportJobParams },
  async ({ request, params, db, actor }) => {
    ensureImportWorker(db)
    return json(await localizeJob(request, await getImportJob(db, params.jobId, actor)))
  },
)

/**
 * Cancels a background import the person started (an admin: any) that has not ended: it fails with
 * `import.cancelled`, and what it finished before stays. An ended one is `409 import.jobEnded`.
 */
export const DELETE = route(
  { allow: 'documents.read', params: ImportJobParams },
  async ({ request, params, db, actor }) => {
    const outcome = await cancelJob(db, params.jobId, actor.role === 'admin' ? undefined : actor.id)
    if (outcome === 'notFound') throw new AppError('import.jobNotFound')
    if (outcome === 'ended') throw new AppError('import.jobEnded')
    return json(await localizeJob(request, await getImportJob(db, params.jobId, actor)))
  },
)

export const { POST, PUT, PATCH, OPTIONS } = otherMethods({ GET, DELETE })
