import { trackTask } from '@/lib/lifecycle'
import { log } from '@/lib/log'

/**
 * Runs an import job after its request has been answered. The process tracks it, so a shutdown
 * (SIGTERM) lets it finish before the database closes; what it throws is logged with the job's id.
 */
export function runInBackground(jobId: string, task: () => Promise<void>): void {
  void trackTask(
    task().catch((error: unknown) => {
      log().error({ err: error, jobId }, 'import job failed')
    }),
  )
}
