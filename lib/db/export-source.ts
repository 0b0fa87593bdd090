import type {
  AlignedDocument,
  AlignedLink,
  ReviewComment,
  SentenceLink,
  SourceParagraph,
  TargetSegment,
} from '../formats/aligned-document'
import type { Prisma } from '@prisma/client'
import type { DbOrTx } from './client'
import { rawSqlOf, sharesOneSession, yieldToEventLoop } from './raw-sql'
import { asDoc } from './rich-json'
import { currentSentenceDocs } from './sentence-links'

export const EXPORT_PAGE_SIZE = 1000
// On PGlite a page is one statement everyone else waits for: a page of 1,000 links took 200–300 ms
// at a load average of 10 on 2 cores, so pages there are smaller (docs/decisions/022).
const ONE_SESSION_PAGE_SIZE = 250

// One query a page: the links with their paragraphs, segments (last editor, first author from the
// revisions, comments) and sentence pairs, built as one JSON text by the database and parsed once.
// Through the driver adapter, five queries a page with their rows turned into objects one field at a
// time cost ten times as much (docs/decisions/018-bulk-writes-as-json.md).
const PAGE_SQL = (withSentences: boolean) => `
SELECT coalesce(json_agg(page ORDER BY page.position), '[]')::text AS page FROM (
  SELECT l.id, l.position, l.confidence, l.confirmed,
    coalesce((
      SELECT json_agg(json_build_object('id', p.id, 'position', p.position, 'content', p.content, 'text', p.text) ORDER BY o.at)
      FROM unnest(l."sourceIds") WITH ORDINALITY AS o(id, at) JOIN "SourceParagraph" p ON p.id = o.id
    ), '[]') AS source,
    coalesce((
      SELECT json_agg(json_build_object(
        'id', s.id, 'position', s.position, 'content', s.content, 'text', s.text, 'status', s.status,
        'version', s.version, 'createdAt', s."createdAt", 'updatedAt', s."updatedAt", 'updatedBy', editor.name,
        'createdBy', coalesce((
          SELECT author.name FROM "Revision" r LEFT JOIN "User" author ON author.id = r."authorId"
          WHERE r."segmentId" = s.id ORDER BY r.version LIMIT 1
        ), editor.name),
        'comments', (
          SELECT json_agg(json_build_object('author', coalesce(commenter.name, c."authorName", ''), 'text', c.body, 'createdAt', c."createdAt") ORDER BY c."createdAt", c.id)
          FROM "Comment" c LEFT JOIN "User" commenter ON commenter.id = c."authorId" WHERE c."segmentId" = s.id
        )
      ) ORDER BY o.at)
      FROM unnest(l."targetIds") WITH ORDINALITY AS o(id, at) JOIN "TargetSegment" s ON s.id = o.id
      LEFT JOIN "User" editor ON editor.id = s."updatedById"
    ), '[]') AS target${
      withSentences
        ? `,
    (
      SELECT json_agg(json_build_object('source', sl.source, 'target', sl.target, 'sourceText', sl."sourceText", 'targetText', sl."targetText", 'confidence', sl.confidence, 'confirmed', sl.confirmed) ORDER BY sl.position)
      FROM "SentenceLink" sl WHERE sl."linkId" = l.id
    ) AS sentences`
        : ''
    }
  FROM "AlignmentLink" l
  WHERE l."translationId" = $1 AND l.position > $2 AND l.position <= $4
  ORDER BY l.position
  LIMIT $3
) AS page`

type PageRow = {
  id: string
  position: number
  confidence: number | null
  confirmed: boolean
  source: Array<{ id: string; position: number; content: unknown; text: string }>
  target: Array<{
    id: string
    position: number
    content: unknown
    text: string
    status: TargetSegment['status']
    version: number
    createdAt: string
    updatedAt: string
    updatedBy: string | null
    createdBy: string | null
    comments: Array<{ author: string; text: string; createdAt: string }> | null
  }>
  sentences?: Array<{
    source: unknown
    target: unknown
    sourceText: string
    targetText: string
    confidence: number | null
    confirmed: boolean
  }> | null
}

/** A timestamp column as JSON (UTC without a zone, as Prisma stores it) back to a Date. */
const utc = (value: string) => new Date(`${value}Z`)

async function loadPage(
  db: DbOrTx,
  translationId: string,
  after: number,
  withSentences: boolean,
  pageSize: number,
  upTo = LAST_POSITION,
): Promise<AlignedLink[]> {
  // The page (about 1 MB of text) goes through the driver when it can: Prisma's adapter costs more than
  // the query. On PGlite the driver lets waiting requests run first, so a save waits a page at most (decision 022).
  const raw = rawSqlOf(db)
  const params = [translationId, after, pageSize, upTo]
  const [row] = raw
    ? await raw.query<{ page: string }>(PAGE_SQL(withSentences), params)
    : await db.$queryRawUnsafe<Array<{ page: string }>>(PAGE_SQL(withSentences), ...params)
  const rows = JSON.parse(row?.page ?? '[]') as PageRow[]
  return rows.map((l) => {
    const source: SourceParagraph[] = l.source.map((p) => ({
      id: p.id,
      position: p.position,
      content: asDoc(p.content as Prisma.JsonValue),
      text: p.text,
    }))
    // Reviewers' comments and notes imported from files travel with their segment (TMX/XLIFF notes, JSON comments).
    const target: TargetSegment[] = l.target.map((s) => ({
      id: s.id,
      position: s.position,
      content: asDoc(s.content as Prisma.JsonValue),
      text: s.text,
      status: s.status,
      version: s.version,
      createdBy: s.createdBy,
      updatedBy: s.updatedBy,
      createdAt: utc(s.createdAt),
      updatedAt: utc(s.updatedAt),
      ...(s.comments
        ? {
            comments: s.comments.map((c): ReviewComment => ({
              author: c.author,
              text: c.text,
              createdAt: utc(c.createdAt),
            })),
          }
        : {}),
    }))
    const link: AlignedLink = {
      id: l.id,
      position: l.position,
      source,
      target,
      confidence: l.confidence,
      confirmed: l.confirmed,
    }
    if (l.sentences && l.sentences.length > 0) {
      const sourceRows = new Map(source.map((p) => [p.id, p]))
      const targetRows = new Map(target.map((s) => [s.id, s]))
      // Pairs made before an edit are left out: the link is then exported whole, never cut at stale offsets.
      // Each sentence is cut out of the rich content, so it keeps its formatting and line breaks.
      const sentences = l.sentences.map((s) => {
        const from = currentSentenceDocs(s.source, sourceRows, 'paragraphId', s.sourceText)
        const to = currentSentenceDocs(s.target, targetRows, 'segmentId', s.targetText)
        return from && to ? { source: from, target: to, confidence: s.confidence, confirmed: s.confirmed } : undefined
      })
      if (sentences.every((x) => x !== undefined)) link.sentenceLinks = sentences as SentenceLink[]
    }
    return link
  })
}

// The largest position a link can have (an `int` column): the end of the last range.
const LAST_POSITION = 2 ** 31 - 1
// Pages asked for at once on PostgreSQL, each on a connection of its own.
const PAGES_IN_FLIGHT = 3
// Pages asked for ahead of an export's next one, at most, in all the exports of this process together:
// the pool has 10 connections, and the editors' saves and reads wait for one of them too.
const MAX_PAGES_AHEAD = 4
let pagesAhead = 0

/** Pages asked for ahead by the exports running in this process (tests). */
export const exportPagesAhead = () => pagesAhead

/**
 * The position that ends each page of `pageSize` links, in order, read in one statement from the
 * index on (translationId, position): the pages can then be asked for before the one before them arrives.
 */
async function pageEnds(db: DbOrTx, translationId: string, pageSize: number): Promise<number[]> {
  const sql =
    'SELECT position FROM (SELECT position, row_number() OVER (ORDER BY position) AS n FROM "AlignmentLink" WHERE "translationId" = $1) AS t WHERE n % $2 = 0 ORDER BY position'
  const raw = rawSqlOf(db)
  const rows = raw
    ? await raw.query<{ position: number }>(sql, [translationId, pageSize])
    : await db.$queryRawUnsafe<Array<{ position: number }>>(sql, translationId, pageSize)
  return rows.map((r) => r.position)
}

/** The links with positions in (after, upTo], a page at a time: more than one page when links were added since the ends were read. */
async function rangeOf(
  db: DbOrTx,
  translationId: string,
  [after, upTo]: [number, number],
  withSentences: boolean,
  pageSize: number,
): Promise<AlignedLink[]> {
  const links = await loadPage(db, translationId, after, withSentences, pageSize, upTo)
  while (links.length > 0 && links.length % pageSize === 0 && links[links.length - 1]!.position < upTo) {
    const more = await loadPage(db, translationId, links[links.length - 1]!.position, withSentences, pageSize, upTo)
    links.push(...more)
    if (more.length < pageSize) break
  }
  return links
}

/**
 * One page after another, each after the last position of the one before (keyset), the next asked for
 * as soon as a page arrives: on one backend (PGlite), where pages cannot be read at once, this spares the
 * statement that reads where the pages end.
 */
async function* keysetPages(
  db: DbOrTx,
  translationId: string,
  withSentences: boolean,
  pageSize: number,
): AsyncGenerator<AlignedLink> {
  let next: Promise<AlignedLink[]> | undefined = loadPage(db, translationId, -1, withSentences, pageSize)
  while (next) {
    const page: AlignedLink[] = await next
    next =
      page.length < pageSize
        ? undefined
        : loadPage(db, translationId, page[page.length - 1]!.position, withSentences, pageSize)
    // A reader that stops early leaves the page asked for unread: its failure is nobody's to report.
    next?.catch(() => undefined)
    // One turn of the event loop, so the pool hands the query a connection and sends it now (see below).
    if (next) await yieldToEventLoop()
    yield* page
  }
}

/**
 * Reads a translation's links a page at a time, so an export runs in flat memory. The pages' ends
 * are read first; then `inFlight` pages are asked for ahead, so the database reads them (on
 * PostgreSQL on connections of their own) while the writer turns the current one into text.
 */
async function* streamLinks(
  db: DbOrTx,
  translationId: string,
  withSentences: boolean,
  pageSize: number,
  inFlight: number,
): AsyncGenerator<AlignedLink> {
  if (inFlight <= 1) return yield* keysetPages(db, translationId, withSentences, pageSize)
  const ends = await pageEnds(db, translationId, pageSize)
  const ranges: Array<[number, number]> = []
  let after = -1
  for (const end of ends) {
    ranges.push([after, end])
    after = end
  }
  ranges.push([after, LAST_POSITION])
  const pending: Array<Promise<AlignedLink[]>> = []
  let asked = 0
  const ask = () => {
    while (
      asked < ranges.length &&
      (pending.length === 0 || (pending.length < inFlight && pagesAhead < MAX_PAGES_AHEAD))
    ) {
      const ahead = pending.length > 0
      const page = rangeOf(db, translationId, ranges[asked++]!, withSentences, pageSize)
      if (ahead) {
        pagesAhead++
        void page.finally(() => pagesAhead--).catch(() => undefined)
      }
      // A reader that stops early leaves the pages asked for unread: their failure is nobody's to report.
      page.catch(() => undefined)
      pending.push(page)
    }
  }
  ask()
  while (pending.length > 0) {
    const page = await pending.shift()!
    ask()
    // One turn of the event loop, so the pool hands the queries a connection and sends them now: the writer
    // then turns this page into text without awaiting any I/O, and the queries would wait until it is done.
    await yieldToEventLoop()
    yield* page
  }
}

/**
 * A document and the chosen translations as the exporters' `AlignedDocument`, links streamed
 * from the database; null when the document does not exist. `languages` defaults to all.
 */
export async function getExportSource(
  db: DbOrTx,
  {
    documentId,
    languages,
    unit = 'paragraph',
    pageSize = sharesOneSession(db) ? ONE_SESSION_PAGE_SIZE : EXPORT_PAGE_SIZE,
  }: { documentId: string; languages?: readonly string[]; unit?: 'paragraph' | 'sentence'; pageSize?: number },
): Promise<AlignedDocument | null> {
  const document = await db.document.findUnique({
    where: { id: documentId, importing: false },
    select: {
      id: true,
      title: true,
      sourceLang: true,
      origin: true,
      createdAt: true,
      updatedAt: true,
      translations: { orderBy: { lang: 'asc' }, select: { id: true, lang: true, createdAt: true, updatedAt: true } },
    },
  })
  if (!document) return null
  const wanted = languages?.map((l) => l.toLowerCase())
  const translations = wanted
    ? document.translations.filter((t) => wanted.includes(t.lang.toLowerCase()))
    : document.translations
  const origin = (document.origin ?? {}) as { sourceName?: string; date?: string; copyright?: string; url?: string }
  return {
    document: {
      id: document.id,
      title: document.title,
      sourceLang: document.sourceLang,
      createdAt: document.createdAt,
      updatedAt: document.updatedAt,
      origin: {
        ...(origin.sourceName ? { sourceName: origin.sourceName } : {}),
        ...(origin.date ? { date: origin.date } : {}),
        ...(origin.copyright ? { copyright: origin.copyright } : {}),
        ...(origin.url ? { url: origin.url } : {}),
      },
    },
    translations: translations.map((t) => ({
      ...t,
      links: streamLinks(db, t.id, unit === 'sentence', pageSize, rawSqlOf(db)?.concurrent ? PAGES_IN_FLIGHT : 1),
    })),
  }
}
