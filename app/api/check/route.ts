import { importLimits, readUpload } from '@/lib/http/import-upload'
import { localizeProblems } from '@/lib/http/localize-problems'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { checkExchangeFileInWorker } from '@/lib/server/workers/parse-in-worker'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

/** Checks a TMX, XLIFF or project JSON file without importing it. */
export const POST = route({ allow: 'documents.read' }, async ({ request }) => {
  const upload = await readUpload(request)
  try {
    const report = await checkExchangeFileInWorker(upload.stream(), upload.format, importLimits().maxBytes)
    return json({ ...report, fileName: upload.fileName, problems: await localizeProblems(request, report.problems) })
  } finally {
    await upload.discard()
  }
})

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST })
