import { db } from '@/lib/db/db'
import { createTranslation } from '@/lib/db/translations'
import { handle, json } from '@/lib/http/respond'
import { CreateTranslationSchema } from '@/lib/http/schemas'

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async () => {
    const { id } = await params
    const { lang } = CreateTranslationSchema.parse(await request.json())
    const translation = await createTranslation(db, { documentId: id, lang })
    return json(translation, 201)
  })
}
