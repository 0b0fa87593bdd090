import type { DbOrTx } from '@/lib/db/client'
import { listTmUnitsPage } from '@/lib/db/tm-units'
import { writeMemoryTmx } from '@/lib/formats/write-memory-tmx'
import type { TmUnit } from '@/lib/tm/tm-unit'

const PAGE = 1000

export type MemoryExportRequest = { srcLang: string; tgtLang: string; origin?: string; since?: Date; now: Date }

async function* pagesOf(db: DbOrTx, request: MemoryExportRequest): AsyncGenerator<TmUnit> {
  let after: { updatedAt: Date; id: string } | undefined
  for (;;) {
    const page = await listTmUnitsPage(db, { ...request, after, take: PAGE })
    yield* page
    const last = page.at(-1)
    if (!last || page.length < PAGE) return
    after = { updatedAt: last.updatedAt, id: last.id }
  }
}

/** The memory of a pair (or of one origin, or changed since a time) as TMX, read page by page as it is written. */
export function exportMemory(db: DbOrTx, request: MemoryExportRequest): AsyncGenerator<string> {
  return writeMemoryTmx(pagesOf(db, request), {
    srcLang: request.srcLang,
    tgtLang: request.tgtLang,
    createdAt: request.now,
  })
}
