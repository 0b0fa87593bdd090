import { readFolderUpload } from '@/lib/http/read-folder-upload'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { FOLDER_IMPORT_ACTION, queueFolderImport } from '@/lib/server/imports/run-folder-import'
import { ensureImportWorker } from '@/lib/server/jobs/import-worker'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/**
 * Imports a folder of translated documents (two zips, or many files paired by name) as a background
 * job: one document per pair, with its translation aligned. Poll `GET /api/imports/:jobId`.
 */
export const POST = route({ allow: FOLDER_IMPORT_ACTION }, async ({ request, db, actor }) => {
  const upload = await readFolderUpload(request)
  const job = await queueFolderImport(db, upload, actor.id)
  ensureImportWorker(db).kick()
  return json(
    { jobId: job.id, status: 'queued', pairs: upload.pairing.pairs.length, unpaired: upload.pairing.unpaired },
    202,
  )
})

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
