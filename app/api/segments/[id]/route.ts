import { db } from '@/lib/db/db'
import { saveSegment } from '@/lib/db/segments'
import { getActingUser } from '@/lib/db/users'
import { AppError } from '@/lib/errors'
import { handle, json } from '@/lib/http/respond'
import { readJsonBody } from '@/lib/http/read-json-body'
import { PatchSegmentSchema, SEGMENT_REQUEST_MAX_BYTES } from '@/lib/http/schemas'
import { htmlToDoc } from '@/lib/richtext/html-to-docs'
import { parseRichDoc } from '@/lib/richtext/schema'

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(request, async () => {
    const { id } = await params
    const body = PatchSegmentSchema.parse(await readJsonBody(request, SEGMENT_REQUEST_MAX_BYTES))
    const content =
      body.doc !== undefined ? parseRichDoc(body.doc) : body.html !== undefined ? htmlToDoc(body.html) : undefined
    if (content === null) throw new AppError('validation.richText')
    const actor = await getActingUser(db)
    const saved = await saveSegment(db, { segmentId: id, version: body.version, content, status: body.status }, actor)
    return json(saved)
  })
}
