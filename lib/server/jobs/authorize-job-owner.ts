import { can, type Action, type Actor } from '@/lib/auth/permissions'
import type { DbOrTx } from '@/lib/db/client'
import type { ImportJobOptions } from '@/lib/db/import-jobs'
import { getActorById } from '@/lib/db/users'
import { AppError } from '@/lib/errors'

/**
 * The person who queued a job (`options.actorId`), as they are now. A job runs for that person, maybe
 * long after its route let them queue it, so it asks again what the route asked (`can`, the same
 * action) when it starts and between its batches. Throws `import.ownerDeleted` when the account is
 * gone and `import.ownerForbidden` when the person may no longer do `action` (a changed role): the job
 * then fails with that reason, at once, and writes nothing more.
 */
export async function authorizeJobOwner(
  db: DbOrTx,
  job: { options: ImportJobOptions },
  action: Action,
): Promise<Actor> {
  const owner = await getActorById(db, String(job.options.actorId ?? ''), 'session')
  if (!owner) throw new AppError('import.ownerDeleted')
  if (!can(owner, action)) throw new AppError('import.ownerForbidden', { action })
  return owner
}
