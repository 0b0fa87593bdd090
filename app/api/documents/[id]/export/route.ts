import { getDocumentMeta } from '@/lib/db/documents'
import { getExportSource } from '@/lib/db/export-source'
import { AppError } from '@/lib/errors'
import {
  checkExportLanguages,
  contentDisposition,
  EXPORT_CONTENT_TYPE,
  ExportRequestSchema,
  exportFileName,
  toExportOptions,
  writeExport,
} from '@/lib/exchange/export-request'
import { streamText } from '@/lib/http/stream-text'
import { route } from '@/lib/http/route'
import { DocumentParams } from '@/lib/http/route-params'
import { otherMethods } from '@/lib/http/other-methods'

export const dynamic = 'force-dynamic'

export const GET = route(
  { allow: 'documents.read', params: DocumentParams },
  async ({ request, params: { id }, db }) => {
    const query = ExportRequestSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
    const meta = await getDocumentMeta(db, id)
    if (!meta) throw new AppError('document.notFound')
    const refused = checkExportLanguages(query, meta.langs)
    if (refused) throw new AppError(refused.code, refused.params)
    const options = toExportOptions(query, meta.langs, new Date())
    const source = await getExportSource(db, { documentId: id, languages: options.languages, unit: query.unit })
    if (!source) throw new AppError('document.notFound')
    return new Response(streamText(writeExport(query.format, source, options)), {
      status: 200,
      headers: {
        'content-type': EXPORT_CONTENT_TYPE[query.format],
        'content-disposition': contentDisposition(
          exportFileName(meta.title, meta.sourceLang, options.languages ?? [], query.format),
        ),
        'cache-control': 'no-store',
      },
    })
  },
)

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET })
