import { checkExchangeFile } from '@/lib/exchange/check-exchange-file'
import { importLimits, readUpload } from '@/lib/http/import-upload'
import { localizeProblems } from '@/lib/http/localize-problems'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { validateSchemaInWorker } from '@/lib/server/workers/cpu-pool'

export const dynamic = 'force-dynamic'

/** Checks a TMX, XLIFF or project JSON file without importing it. */
export const POST = route({ allow: 'documents.read' }, async ({ request }) => {
  const upload = await readUpload(request)
  try {
    const report = await checkExchangeFile(upload.stream(), upload.format, importLimits().maxBytes, {
      validate: validateSchemaInWorker,
    })
    return json({ ...report, fileName: upload.fileName, problems: await localizeProblems(request, report.problems) })
  } finally {
    await upload.discard()
  }
})
