import { alignSentencesInLinks, type SentencePair } from '../alignment-ops/sentence-links'
import type { OpLink } from '../alignment-ops/types'
import type { Db, DbOrTx } from './client'
import { yieldToEventLoop } from './raw-sql'
import { sqlOf } from './sql'
import type { RichDoc } from '../richtext/types'
import { sliceDoc } from '../richtext/slice-doc'

export type SentenceLinkRow = {
  linkId: string
  position: number
  source: Array<{ paragraphId: string; start: number; end: number }>
  target: Array<{ segmentId: string; start: number; end: number }>
  sourceText: string
  targetText: string
  confidence: number | null
  /** Confirmed by a person (false when left out) */
  confirmed?: boolean
  /** auto (made by the aligner, when left out) | manual (edited by a person) */
  origin?: string
}

/** The sentence pairs inside each link, as rows ready for `sentenceLink.createMany`. */
export function planSentenceLinks(
  links: Array<Pick<OpLink, 'id' | 'sources' | 'targets'>>,
  textOf: { source: ReadonlyMap<string, string>; target: ReadonlyMap<string, string> },
  langs: { sourceLang: string; targetLang: string },
): SentenceLinkRow[] {
  const sources = links.flatMap((l) => l.sources.map((id) => ({ id, text: textOf.source.get(id) ?? '' })))
  const targets = links.flatMap((l) => l.targets.map((id) => ({ id, text: textOf.target.get(id) ?? '' })))
  let s = 0
  let t = 0
  const indexed = links.map((l) => {
    const link = { source: l.sources.map((_, k) => s + k), target: l.targets.map((_, k) => t + k) }
    s += l.sources.length
    t += l.targets.length
    return link
  })
  const pairs = alignSentencesInLinks(sources, targets, indexed, langs)
  return links.flatMap((link, k) =>
    (pairs[k] ?? []).map((pair, position) => toSentenceLinkRow(link.id, position, pair)),
  )
}

/** One sentence pair as a stored row: spans as offsets, texts joined with spaces; automatic and unconfirmed unless said. */
export function toSentenceLinkRow(
  linkId: string,
  position: number,
  pair: Omit<SentencePair, 'confidence'> & { confidence: number | null; confirmed?: boolean; origin?: string },
): SentenceLinkRow {
  return {
    linkId,
    position,
    source: pair.source.map(({ id, start, end }) => ({ paragraphId: id, start, end })),
    target: pair.target.map(({ id, start, end }) => ({ segmentId: id, start, end })),
    sourceText: pair.source.map((x) => x.text).join(' '),
    targetText: pair.target.map((x) => x.text).join(' '),
    confidence: pair.confidence,
    confirmed: pair.confirmed ?? false,
    origin: pair.origin ?? 'auto',
  }
}

/** Ids a statement of `loadTexts` takes at a time. */
const IDS_PER_STATEMENT = 1000

/** The `text` of the rows of `table` with the given ids, a thousand ids a statement. */
async function textsOf(db: DbOrTx, table: 'SourceParagraph' | 'TargetSegment', ids: string[]) {
  const sql = sqlOf(db)
  const texts = new Map<string, string>()
  for (let start = 0; start < ids.length; start += IDS_PER_STATEMENT) {
    if (start > 0) await yieldToEventLoop()
    const rows = await sql<{ id: string; text: string }>(`SELECT id, text FROM "${table}" WHERE id = ANY($1::text[])`, [
      ids.slice(start, start + IDS_PER_STATEMENT),
    ])
    for (const row of rows) texts.set(row.id, row.text)
  }
  return texts
}

/** Plain texts of the given source paragraphs and target segments. */
export async function loadTexts(db: DbOrTx, { sourceIds, targetIds }: { sourceIds: string[]; targetIds: string[] }) {
  return {
    source: await textsOf(db, 'SourceParagraph', sourceIds),
    target: await textsOf(db, 'TargetSegment', targetIds),
  }
}

type Span = { paragraphId?: unknown; segmentId?: unknown; start?: unknown; end?: unknown }

/**
 * One side of a stored sentence pair cut out of the current texts by its offsets, or undefined when
 * that no longer gives the text stored with it (a paragraph or segment was edited since).
 */
export function currentSentenceParts(
  json: unknown,
  textOf: ReadonlyMap<string, string>,
  key: 'paragraphId' | 'segmentId',
  stored: string,
): string[] | undefined {
  if (!Array.isArray(json) || json.length === 0) return stored === '' ? [] : undefined
  const parts = (json as Span[]).map((o) => {
    const text = typeof o[key] === 'string' ? textOf.get(o[key]) : undefined
    return typeof o.start === 'number' && typeof o.end === 'number' && text !== undefined
      ? text.slice(o.start, o.end)
      : undefined
  })
  return parts.every((x) => x !== undefined) && parts.join(' ') === stored ? (parts as string[]) : undefined
}

/**
 * The same parts as `currentSentenceParts`, cut out of the rich contents instead (`sliceDoc`): with
 * their bold, italics, links and line breaks, for exports that keep formatting.
 */
export function currentSentenceDocs(
  json: unknown,
  rowOf: ReadonlyMap<string, { text: string; content: RichDoc }>,
  key: 'paragraphId' | 'segmentId',
  stored: string,
): RichDoc[] | undefined {
  const texts = new Map([...rowOf].map(([id, row]) => [id, row.text]))
  if (!currentSentenceParts(json, texts, key, stored)) return undefined
  if (!Array.isArray(json)) return []
  return (json as Span[]).map((o) => sliceDoc(rowOf.get(o[key] as string)!.content, o.start as number, o.end as number))
}

/** Which link: its id, and the document and language it must belong to. */
export type LinkRef = { documentId: string; lang: string; linkId: string }

/** One link with its stored sentence pairs in order and its languages; null when it is not in that document's translation. */
export async function getLinkWithSentences(db: DbOrTx, { documentId, lang, linkId }: LinkRef) {
  return db.alignmentLink.findFirst({
    where: { id: linkId, translation: { documentId, lang } },
    select: {
      id: true,
      sourceIds: true,
      targetIds: true,
      translation: { select: { lang: true, document: { select: { sourceLang: true } } } },
      sentenceLinks: { orderBy: { position: 'asc' } },
    },
  })
}

/** Replaces the sentence pairs of one link, in one transaction. */
export async function replaceSentenceLinks(db: Db, linkId: string, rows: SentenceLinkRow[]): Promise<void> {
  await db.$transaction([db.sentenceLink.deleteMany({ where: { linkId } }), db.sentenceLink.createMany({ data: rows })])
}

/** The stored sentence pairs of the given links, in link and position order, as rows ready to write back. */
export async function listSentenceRows(db: DbOrTx, linkIds: string[]): Promise<SentenceLinkRow[]> {
  if (linkIds.length === 0) return []
  const rows = await db.sentenceLink.findMany({
    where: { linkId: { in: linkIds } },
    orderBy: [{ linkId: 'asc' }, { position: 'asc' }],
    select: {
      linkId: true,
      position: true,
      source: true,
      target: true,
      sourceText: true,
      targetText: true,
      confidence: true,
      confirmed: true,
      origin: true,
    },
  })
  return rows.map((r) => ({
    ...r,
    source: r.source as SentenceLinkRow['source'],
    target: r.target as SentenceLinkRow['target'],
  }))
}

/** True when two lists of rows hold the same pairs (whatever order their JSON keys come back in). */
export function sameSentenceRows(a: SentenceLinkRow[], b: SentenceLinkRow[]): boolean {
  const canonical = (rows: SentenceLinkRow[]) =>
    JSON.stringify(
      rows.map((r) => [
        r.linkId,
        r.position,
        r.source.map((s) => [s.paragraphId, s.start, s.end]),
        r.target.map((s) => [s.segmentId, s.start, s.end]),
        r.sourceText,
        r.targetText,
        r.confidence,
        r.confirmed ?? false,
        r.origin ?? 'auto',
      ]),
    )
  return canonical(a) === canonical(b)
}
