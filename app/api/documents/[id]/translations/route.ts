import { db } from '@/lib/db/db'
import { importTranslationText } from '@/lib/server/translations/import-translation-text'
import { createTranslation } from '@/lib/db/translations'
import { streamProgress, wantsProgress } from '@/lib/http/progress-stream'
import { readTranslationRequest } from '@/lib/http/read-translation-request'
import { handle, json } from '@/lib/http/respond'

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async () => {
    const { id } = await params
    const { lang, replace, paragraphs } = await readTranslationRequest(request)
    if (paragraphs === null) return json(await createTranslation(db, { documentId: id, lang }), 201)
    const input = { documentId: id, lang, paragraphs, replace }
    if (wantsProgress(request))
      return streamProgress(request, 201, (report) => importTranslationText(db, input, report))
    return json(await importTranslationText(db, input), 201)
  })
}
