import { AppError } from '@/lib/errors'
import { importLimits, readUpload } from '@/lib/http/import-upload'
import { json } from '@/lib/http/respond'
import { route } from '@/lib/http/route'
import { importTmxToMemory } from '@/lib/server/tm/import-tmx-to-memory'
import { TmPairSchema } from '@/lib/tm/schema'

export const dynamic = 'force-dynamic'

/** Streams a TMX file (raw body with `?fileName=`, or multipart `file`) into the memory of a pair: 201 `{ units, added, updated }`. */
export const POST = route({ allow: 'memory.import' }, async ({ request, db }) => {
  const pair = TmPairSchema.parse(Object.fromEntries(new URL(request.url).searchParams))
  const upload = await readUpload(request)
  try {
    if (upload.format !== 'tmx') throw new AppError('import.unknownFormat')
    const result = await importTmxToMemory(db, {
      ...pair,
      input: upload.stream(),
      fileName: upload.fileName,
      maxBytes: importLimits().maxBytes,
      now: new Date(),
    })
    return json(result, 201)
  } finally {
    await upload.discard()
  }
})
