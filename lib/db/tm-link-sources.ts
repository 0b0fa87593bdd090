import { joinDocs } from '../richtext/join-docs'
import type { TmUnitInput } from '../tm/tm-unit'
import type { DbOrTx } from './client'
import { asDoc } from './rich-json'

/**
 * The confirmed pairs of one translation as memory units: every confirmed link with text on both sides
 * (paragraphs and segments joined, with formatting and the sources around it), and every confirmed
 * sentence pair inside a link (plain text).
 */
export async function listConfirmedPairs(
  db: DbOrTx,
  { translationId, author }: { translationId: string; author: string | null },
): Promise<TmUnitInput[]> {
  const translation = await db.translation.findUnique({
    where: { id: translationId },
    select: { lang: true, document: { select: { id: true, title: true, sourceLang: true } } },
  })
  if (!translation) return []
  const links = await db.alignmentLink.findMany({
    where: { translationId },
    orderBy: { position: 'asc' },
    select: {
      sourceIds: true,
      targetIds: true,
      confirmed: true,
      updatedAt: true,
      sentenceLinks: { where: { confirmed: true }, select: { sourceText: true, targetText: true } },
    },
  })
  const [paragraphs, segments] = await Promise.all([
    db.sourceParagraph.findMany({
      where: { documentId: translation.document.id },
      select: { id: true, text: true, content: true },
    }),
    db.targetSegment.findMany({ where: { translationId }, select: { id: true, text: true, content: true } }),
  ])
  const source = new Map(paragraphs.map((p) => [p.id, p]))
  const target = new Map(segments.map((s) => [s.id, s]))
  const sourceText = (ids: string[]) => ids.flatMap((id) => source.get(id)?.text ?? []).join(' ')
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
  const units: TmUnitInput[] = []
  links.forEach((link, k) => {
    const sources = link.sourceIds.flatMap((id) => source.get(id) ?? [])
    const targets = link.targetIds.flatMap((id) => target.get(id) ?? [])
    if (link.confirmed && sources.length > 0 && targets.length > 0)
      units.push({
        ...base,
        source: sources.map((p) => p.text).join(' '),
        target: targets.map((s) => s.text).join(' '),
        sourceContent: joinDocs(sources.map((p) => asDoc(p.content))),
        targetContent: joinDocs(targets.map((s) => asDoc(s.content))),
        previousSource: sourceText(links[k - 1]?.sourceIds ?? []),
        nextSource: sourceText(links[k + 1]?.sourceIds ?? []),
        updatedAt: link.updatedAt,
      })
    if (link.sentenceLinks.length > 1)
      for (const pair of link.sentenceLinks)
        units.push({ ...base, source: pair.sourceText, target: pair.targetText, updatedAt: link.updatedAt })
  })
  return units
}
