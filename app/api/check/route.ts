import { checkExchangeFile } from '@/lib/exchange/check-exchange-file'
import { importLimits, readUpload } from '@/lib/http/import-upload'
import { localizeProblems } from '@/lib/http/localize-problems'
import { handle, json } from '@/lib/http/respond'

export const dynamic = 'force-dynamic'

/** Checks a TMX, XLIFF or project JSON file without importing it. */
export async function POST(request: Request) {
  return handle(request, async () => {
    const { file, format } = await readUpload(request)
    const report = await checkExchangeFile(new Uint8Array(await file.arrayBuffer()), format, importLimits().maxBytes)
    return json({ ...report, fileName: file.name, problems: await localizeProblems(request, report.problems) })
  })
}
