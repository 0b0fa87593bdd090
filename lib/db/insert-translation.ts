import { AppError } from '../errors'
import type { PlannedLink } from '../exchange/import-plan'
import {
  batchesOf,
  insertLinks,
  insertSegments,
  insertSentenceLinks,
  newId,
  type LinkRow,
  type SegmentRow,
} from './bulk-insert'
import type { DbOrTx } from './client'
import type { RawTx } from './raw-sql'
import type { SentenceLinkRow } from './sentence-links'

/** A sentence pair inside a link; an imported file may carry pairs without a confidence. */
type SentenceRow = Omit<SentenceLinkRow, 'confidence'> & { confidence: number | null }

/** The statements of a Prisma client or transaction, or of a driver-level transaction (lib/db/raw-sql.ts). */
function queryOf(tx: DbOrTx | RawTx): <T>(sql: string, params: unknown[]) => Promise<T[]> {
  if ('copy' in tx) return tx.query
  return <T>(sql: string, params: unknown[]) => tx.$queryRawUnsafe<T[]>(sql, ...params)
}

/**
 * Creates the translation row: the one place that refuses the source language (`translation.sameAsSource`)
 * and a language the document already has, in any letter case (`translation.exists` with `lang`).
 * Every id of a translation, its segments and its links comes from `newId`. Runs in a Prisma
 * transaction or in the driver-level one of the streamed import (`applySlotStream`).
 */
export async function createTranslationRow(
  tx: DbOrTx | RawTx,
  { documentId, lang }: { documentId: string; lang: string },
): Promise<{ id: string; lang: string }> {
  const query = queryOf(tx)
  const [document] = await query<{ sourceLang: string; taken: boolean }>(
    'SELECT d."sourceLang", EXISTS (SELECT 1 FROM "Translation" t WHERE t."documentId" = d.id AND lower(t.lang) = lower($2)) AS taken ' +
      'FROM "Document" d WHERE d.id = $1',
    [documentId, lang],
  )
  if (!document) throw new AppError('document.notFound')
  if (document.sourceLang.toLowerCase() === lang.toLowerCase()) throw new AppError('translation.sameAsSource')
  if (document.taken) throw new AppError('translation.exists', { lang })
  const id = newId()
  await query(
    'INSERT INTO "Translation" (id, "documentId", lang, version, "createdAt", "updatedAt") ' +
      'VALUES ($1, $2, $3, 1, $4::timestamp, $4::timestamp) RETURNING id',
    [id, documentId, lang, new Date().toISOString()],
  )
  return { id, lang }
}

/** Writes segment and link rows of a translation, 500 a statement. */
export async function insertTranslationRows(
  tx: DbOrTx,
  translationId: string,
  { segments = [], links = [] }: { segments?: SegmentRow[]; links?: LinkRow[] },
): Promise<void> {
  for (const batch of batchesOf(segments)) await insertSegments(tx, translationId, batch)
  for (const batch of batchesOf(links)) await insertLinks(tx, translationId, batch)
}

/**
 * The one writer of "a translation with its segments and links" (and the sentence pairs inside them):
 * adding a language, importing a translation's text and importing an exchange file all go through it.
 * Call it inside a transaction; row ids come from `newId`, so links can name segments before they exist.
 */
export async function insertTranslation(
  tx: DbOrTx,
  input: { documentId: string; lang: string; segments: SegmentRow[]; links: LinkRow[]; sentences?: SentenceRow[] },
): Promise<{ id: string; lang: string }> {
  const translation = await createTranslationRow(tx, input)
  await insertTranslationRows(tx, translation.id, input)
  await insertSentenceLinks(tx, input.sentences ?? [])
  return translation
}

/**
 * The row of a planned link: paragraph positions and segment positions become the ids just written.
 * A position with no id is a bug in the plan, so it throws rather than store a dangling link.
 */
export function toLinkRow(
  link: Pick<PlannedLink, 'position' | 'confidence' | 'confirmed' | 'sources' | 'targets'>,
  paragraphIds: readonly string[],
  segmentIdAt: ReadonlyMap<number, string>,
): LinkRow {
  const idOf = (id: string | undefined, what: string, at: number) => {
    if (id === undefined) throw new Error(`Link ${link.position} names ${what} ${at}, which was not written`)
    return id
  }
  return {
    id: newId(),
    position: link.position,
    confidence: link.confidence,
    confirmed: link.confirmed,
    sourceIds: link.sources.map((p) => idOf(paragraphIds[p], 'paragraph', p)),
    targetIds: link.targets.map((s) => idOf(segmentIdAt.get(s), 'segment', s)),
  }
}
