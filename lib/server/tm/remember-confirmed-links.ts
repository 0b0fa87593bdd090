import type { DbOrTx } from '@/lib/db/client'
import { pagesOfConfirmedPairs } from '@/lib/db/tm-link-sources'
import { createTmWriter } from '@/lib/db/tm-units'

const BATCH = 2000

/**
 * Puts the confirmed links and sentence pairs of a document's translations into the memory (an aligned
 * import, a confirmation in the alignment view). Pairs already there are kept once, the newest wins.
 * Read and written a page at a time, so a long translation is remembered in flat memory.
 */
export async function rememberConfirmedLinks(
  db: DbOrTx,
  { translationIds, author }: { translationIds: string[]; author: string | null },
): Promise<void> {
  const writer = createTmWriter(db)
  try {
    for (const translationId of translationIds)
      for await (const units of pagesOfConfirmedPairs(db, { translationId, author, pageSize: BATCH }))
        for (let at = 0; at < units.length; at += BATCH) await writer.write(units.slice(at, at + BATCH))
  } catch (error) {
    await writer.finish().catch(() => undefined)
    throw error
  }
  await writer.finish()
}
