import { AppError } from '../errors'
import type { PlannedLink } from '../exchange/import-plan'
import { insertLinks, insertSegments, newId, type LinkRow, type SegmentRow } from './bulk-insert'
import type { DbOrTx } from './client'
import type { SentenceLinkRow } from './sentence-links'

// 500 rows a statement, as in every bulk write (docs/decisions/003-streamed-imports.md).
const BATCH = 500

/** A sentence pair inside a link; an imported file may carry pairs without a confidence. */
type SentenceRow = Omit<SentenceLinkRow, 'confidence'> & { confidence: number | null }

/**
 * Creates the translation row: the one place that refuses the source language (`translation.sameAsSource`)
 * and a language the document already has, in any letter case (`translation.exists` with `lang`).
 * Every id of a translation, its segments and its links comes from `newId`.
 */
export async function createTranslationRow(
  tx: DbOrTx,
  { documentId, lang }: { documentId: string; lang: string },
): Promise<{ id: string; lang: string }> {
  const document = await tx.document.findUnique({
    where: { id: documentId },
    select: {
      sourceLang: true,
      translations: { where: { lang: { equals: lang, mode: 'insensitive' } }, select: { id: true } },
    },
  })
  if (!document) throw new AppError('document.notFound')
  if (document.sourceLang.toLowerCase() === lang.toLowerCase()) throw new AppError('translation.sameAsSource')
  if (document.translations.length > 0) throw new AppError('translation.exists', { lang })
  const id = newId()
  await tx.translation.create({ data: { id, documentId, lang }, select: { id: true } })
  return { id, lang }
}

/** Writes segment and link rows of a translation, 500 a statement. */
export async function insertTranslationRows(
  tx: DbOrTx,
  translationId: string,
  { segments = [], links = [] }: { segments?: SegmentRow[]; links?: LinkRow[] },
): Promise<void> {
  for (let i = 0; i < segments.length; i += BATCH) await insertSegments(tx, translationId, segments.slice(i, i + BATCH))
  for (let i = 0; i < links.length; i += BATCH) await insertLinks(tx, translationId, links.slice(i, i + BATCH))
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
  const sentences = input.sentences ?? []
  for (let i = 0; i < sentences.length; i += BATCH)
    await tx.sentenceLink.createMany({ data: sentences.slice(i, i + BATCH) })
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
