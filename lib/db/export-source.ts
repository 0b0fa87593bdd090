import type {
  AlignedDocument,
  AlignedLink,
  ReviewComment,
  SentenceLink,
  SourceParagraph,
  TargetSegment,
} from '../formats/aligned-document'
import type { DbOrTx } from './client'
import { asDoc } from './rich-json'
import { currentSentenceParts } from './sentence-links'

export const EXPORT_PAGE_SIZE = 1000

async function loadPage(
  db: DbOrTx,
  translationId: string,
  after: number,
  withSentences: boolean,
  pageSize: number,
): Promise<AlignedLink[]> {
  const links = await db.alignmentLink.findMany({
    where: { translationId, position: { gt: after } },
    orderBy: { position: 'asc' },
    take: pageSize,
    select: {
      id: true,
      position: true,
      sourceIds: true,
      targetIds: true,
      confidence: true,
      confirmed: true,
      ...(withSentences
        ? {
            sentenceLinks: {
              orderBy: { position: 'asc' as const },
              select: { source: true, target: true, sourceText: true, targetText: true, confidence: true },
            },
          }
        : {}),
    },
  })
  const sourceIds = links.flatMap((l) => l.sourceIds)
  const targetIds = links.flatMap((l) => l.targetIds)
  const [paragraphs, segments, firstRevisions, comments] = await Promise.all([
    db.sourceParagraph.findMany({
      where: { id: { in: sourceIds } },
      select: { id: true, position: true, content: true, text: true },
    }),
    db.targetSegment.findMany({
      where: { id: { in: targetIds } },
      select: {
        id: true,
        position: true,
        content: true,
        text: true,
        status: true,
        version: true,
        createdAt: true,
        updatedAt: true,
        updatedBy: { select: { name: true } },
      },
    }),
    db.revision.findMany({
      where: { segmentId: { in: targetIds } },
      orderBy: [{ segmentId: 'asc' }, { version: 'asc' }],
      distinct: ['segmentId'],
      select: { segmentId: true, author: { select: { name: true } } },
    }),
    db.comment.findMany({
      where: { segmentId: { in: targetIds } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { segmentId: true, body: true, authorName: true, createdAt: true, author: { select: { name: true } } },
    }),
  ])
  // Reviewers' comments and notes imported from files travel with their segment (TMX/XLIFF notes, JSON comments).
  const commentsOf = new Map<string, ReviewComment[]>()
  for (const c of comments) {
    const list = commentsOf.get(c.segmentId) ?? []
    list.push({ author: c.author?.name ?? c.authorName ?? '', text: c.body, createdAt: c.createdAt })
    commentsOf.set(c.segmentId, list)
  }
  const createdByOf = new Map(firstRevisions.map((r) => [r.segmentId, r.author?.name ?? null]))
  const paragraphOf = new Map<string, SourceParagraph>(
    paragraphs.map((p) => [p.id, { id: p.id, position: p.position, content: asDoc(p.content), text: p.text }]),
  )
  const segmentOf = new Map<string, TargetSegment>(
    segments.map((s) => {
      const updatedBy = s.updatedBy?.name ?? null
      return [
        s.id,
        {
          id: s.id,
          position: s.position,
          content: asDoc(s.content),
          text: s.text,
          status: s.status,
          version: s.version,
          createdBy: createdByOf.get(s.id) ?? updatedBy,
          updatedBy,
          createdAt: s.createdAt,
          updatedAt: s.updatedAt,
          ...(commentsOf.has(s.id) ? { comments: commentsOf.get(s.id) } : {}),
        },
      ]
    }),
  )
  const sourceText = new Map(paragraphs.map((p) => [p.id, p.text]))
  const targetText = new Map(segments.map((s) => [s.id, s.text]))
  return links.map((l) => {
    const link: AlignedLink = {
      id: l.id,
      position: l.position,
      source: l.sourceIds.flatMap((id) => paragraphOf.get(id) ?? []),
      target: l.targetIds.flatMap((id) => segmentOf.get(id) ?? []),
      confidence: l.confidence,
      confirmed: l.confirmed,
    }
    const stored = (
      l as {
        sentenceLinks?: Array<{
          source: unknown
          target: unknown
          sourceText: string
          targetText: string
          confidence: number | null
        }>
      }
    ).sentenceLinks
    if (stored && stored.length > 0) {
      // Pairs made before an edit are left out: the link is then exported whole, never cut at stale offsets.
      const sentences = stored.map((s) => {
        const source = currentSentenceParts(s.source, sourceText, 'paragraphId', s.sourceText)
        const target = currentSentenceParts(s.target, targetText, 'segmentId', s.targetText)
        return source && target ? { source, target, confidence: s.confidence } : undefined
      })
      if (sentences.every((x) => x !== undefined)) link.sentenceLinks = sentences as SentenceLink[]
    }
    return link
  })
}

/** Reads a translation's links a page at a time (cursor on position), so an export runs in flat memory. */
async function* streamLinks(
  db: DbOrTx,
  translationId: string,
  withSentences: boolean,
  pageSize: number,
): AsyncGenerator<AlignedLink> {
  let after = -1
  for (;;) {
    const page = await loadPage(db, translationId, after, withSentences, pageSize)
    yield* page
    if (page.length < pageSize) return
    after = page[page.length - 1]!.position
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
    pageSize = EXPORT_PAGE_SIZE,
  }: { documentId: string; languages?: readonly string[]; unit?: 'paragraph' | 'sentence'; pageSize?: number },
): Promise<AlignedDocument | null> {
  const document = await db.document.findUnique({
    where: { id: documentId },
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
    translations: translations.map((t) => ({ ...t, links: streamLinks(db, t.id, unit === 'sentence', pageSize) })),
  }
}
