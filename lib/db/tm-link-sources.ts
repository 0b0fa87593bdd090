import { joinDocs } from '../richtext/join-docs'
import type { TmUnitInput } from '../tm/tm-unit'
import type { DbOrTx } from './client'
import { yieldToEventLoop } from './raw-sql'
import { asDoc } from './rich-json'

type LinkRow = {
  position: number
  sourceIds: string[]
  targetIds: string[]
  confirmed: boolean
  updatedAt: Date
  sentenceLinks: Array<{ sourceText: string; targetText: string }>
}

/**
 * The confirmed pairs of one translation as memory units, a page of links at a time (keyset on
 * position), so a translation of any length is read in flat memory: every confirmed link with text on
 * both sides (paragraphs and segments joined, with formatting and the sources around it), and every
 * confirmed sentence pair inside a link (plain text).
 */
export async function* pagesOfConfirmedPairs(
  db: DbOrTx,
  { translationId, author, pageSize = 2000 }: { translationId: string; author: string | null; pageSize?: number },
): AsyncGenerator<TmUnitInput[]> {
  const translation = await db.translation.findUnique({
    where: { id: translationId },
    select: { lang: true, document: { select: { id: true, title: true, sourceLang: true } } },
  })
  if (!translation) return
  const document = translation.document
  const base = {
    srcLang: document.sourceLang,
    tgtLang: translation.lang,
    origin: document.id,
    documentId: document.id,
    originLabel: document.title,
    author,
    status: 'aligned' as const,
  }
  let previous: LinkRow | undefined
  let after = -1
  for (;;) {
    // PGlite runs in this thread: requests that arrived meanwhile run before the next page (decision 022).
    await yieldToEventLoop()
    // One link past the page: the sources after the page's last link.
    const links = await db.alignmentLink.findMany({
      where: { translationId, position: { gt: after } },
      orderBy: { position: 'asc' },
      take: pageSize + 1,
      select: {
        position: true,
        sourceIds: true,
        targetIds: true,
        confirmed: true,
        updatedAt: true,
        sentenceLinks: { where: { confirmed: true }, select: { sourceText: true, targetText: true } },
      },
    })
    const page = links.slice(0, pageSize)
    const around = [...(previous ? [previous] : []), ...links]
    const [paragraphs, segments] = await Promise.all([
      db.sourceParagraph.findMany({
        where: { id: { in: around.flatMap((l) => l.sourceIds) } },
        select: { id: true, text: true, content: true },
      }),
      db.targetSegment.findMany({
        where: { id: { in: page.flatMap((l) => l.targetIds) } },
        select: { id: true, text: true, content: true },
      }),
    ])
    const source = new Map(paragraphs.map((p) => [p.id, p]))
    const target = new Map(segments.map((s) => [s.id, s]))
    const sourceText = (ids: string[]) => ids.flatMap((id) => source.get(id)?.text ?? []).join(' ')
    const units: TmUnitInput[] = []
    page.forEach((link, k) => {
      const sources = link.sourceIds.flatMap((id) => source.get(id) ?? [])
      const targets = link.targetIds.flatMap((id) => target.get(id) ?? [])
      const before = k === 0 ? previous : page[k - 1]
      if (link.confirmed && sources.length > 0 && targets.length > 0)
        units.push({
          ...base,
          source: sources.map((p) => p.text).join(' '),
          target: targets.map((s) => s.text).join(' '),
          sourceContent: joinDocs(sources.map((p) => asDoc(p.content))),
          targetContent: joinDocs(targets.map((s) => asDoc(s.content))),
          previousSource: sourceText(before?.sourceIds ?? []),
          nextSource: sourceText(links[k + 1]?.sourceIds ?? []),
          updatedAt: link.updatedAt,
        })
      if (link.sentenceLinks.length > 1)
        for (const pair of link.sentenceLinks)
          units.push({ ...base, source: pair.sourceText, target: pair.targetText, updatedAt: link.updatedAt })
    })
    if (units.length > 0) yield units
    if (links.length <= pageSize) return
    previous = page[page.length - 1]
    after = previous!.position
  }
}
