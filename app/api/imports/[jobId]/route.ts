import { getImportJob } from '@/lib/db/import-jobs'
import { localizeJob } from '@/lib/http/localize-job'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { ImportJobParams } from '@/lib/http/route-params'
import { ensureImportWorker } from '@/lib/server/jobs/import-worker'

export const dynamic = 'force-dynamic'

/** A background import the person started (an admin: any): status, processed/total, and the result or error (in the caller's language). */
export const GET = route(
  { allow: 'documents.read', params: ImportJobParams },
  async ({ request, params, db, actor }) => {
    ensureImportWorker(db)
    return json(await localizeJob(request, await getImportJob(db, params.jobId, actor)))
  },
)
