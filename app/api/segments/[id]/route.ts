import { saveSegment } from '@/lib/server/segments/save-segment'
import { AppError } from '@/lib/errors'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { SegmentParams } from '@/lib/http/route-params'
import { PatchSegmentSchema } from '@/lib/http/schemas'
import { htmlToDoc } from '@/lib/richtext/html-to-docs'
import { parseRichDoc } from '@/lib/richtext/schema'
import { otherMethods } from '@/lib/http/other-methods'

// `saveSegment` authorizes with the segment's language it reads anyway (editing, or reviewing for an
// approval or rejection): a save is one query shorter than with the route's own `langOf` lookup.
export const PATCH = route(
  { allow: 'signedIn', params: SegmentParams, body: PatchSegmentSchema },
  async ({ params, body, db, actor, tab }) => {
    const content =
      body.doc !== undefined ? parseRichDoc(body.doc) : body.html !== undefined ? htmlToDoc(body.html) : undefined
    if (content === null) throw new AppError('validation.richText')
    const saved = await saveSegment(
      db,
      {
        segmentId: params.id,
        version: body.version,
        content,
        status: body.status,
        comment: body.comment,
        mark: body.category && body.severity ? { category: body.category, severity: body.severity } : undefined,
        tab,
      },
      actor,
    )
    return json(saved)
  },
)

export const { GET, POST, PUT, DELETE, OPTIONS } = otherMethods({ PATCH })
