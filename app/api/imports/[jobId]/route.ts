import { db } from '@/lib/db/db'
import { failInterruptedImportJobs, getImportJob } from '@/lib/db/import-jobs'
import { runningImportJobIds } from '@/lib/db/run-import-job'
import { handle, json } from '@/lib/http/respond'

export const dynamic = 'force-dynamic'

/** A background import: status, processed/total, and the result or error. */
export async function GET(request: Request, { params }: { params: Promise<{ jobId: string }> }) {
  return handle(request, async () => {
    const { jobId } = await params
    await failInterruptedImportJobs(db, runningImportJobIds())
    return json(await getImportJob(db, jobId))
  })
}
