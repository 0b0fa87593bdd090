import { getImportJob } from '@/lib/db/import-jobs'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { ImportJobParams } from '@/lib/http/route-params'
import { ensureImportWorker } from '@/lib/server/jobs/import-worker'

export const dynamic = 'force-dynamic'

/** A background import the person started (an admin: any): status, processed/total, and the result or error. */
export const GET = route({ allow: 'documents.read', params: ImportJobParams }, async ({ params, db, actor }) => {
  ensureImportWorker(db)
  return json(await getImportJob(db, params.jobId, actor))
})
