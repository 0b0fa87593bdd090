import type { DbOrTx } from '@/lib/db/client'
import { sharesOneSession } from '@/lib/db/raw-sql'
import { pagesOfConfirmedPairs } from '@/lib/db/tm-link-sources'
import { createTmWriter } from '@/lib/db/tm-units'

const BATCH = 2000
// On PGlite a batch of 2,000 held the one session for 0.3–1 s (load average 10 on 2 cores): 250 keeps
// each statement short enough for others' saves to wait little (docs/decisions/022).
const ONE_SESSION_BATCH = 250

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
  const batch = sharesOneSession(db) ? ONE_SESSION_BATCH : BATCH
  try {
    for (const translationId of translationIds)
      for await (const units of pagesOfConfirmedPairs(db, { translationId, author, pageSize: batch }))
        for (let at = 0; at < units.length; at += batch) await writer.write(units.slice(at, at + batch))
  } catch (error) {
    await writer.finish().catch(() => undefined)
    throw error
  }
  await writer.finish()
}
