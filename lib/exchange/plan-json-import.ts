import type { AlignedDocument, AlignedLink, SentencePart, SourceParagraph, TargetSegment } from '@/lib/formats/aligned-document'
import { docToPlainText } from '@/lib/formats/doc-to-plain-text'
import { sentenceToDoc } from '@/lib/formats/join-docs'
import { cleanContent, type ImportPlan, type PlannedSentenceSide, type PlannedTranslation } from './import-plan'

const partText = (part: SentencePart) => docToPlainText(sentenceToDoc(part))

/** Finds each sentence in the texts in order; undefined when one is not there. */
function locate(parts: SentencePart[], texts: string[]): PlannedSentenceSide | undefined {
  const out: PlannedSentenceSide = []
  let index = 0
  let from = 0
  for (const part of parts) {
    const text = partText(part)
    for (;;) {
      if (index >= texts.length) return undefined
      const at = texts[index]!.indexOf(text, from)
      if (at >= 0) {
        out.push({ index, start: at, end: at + text.length })
        from = at + text.length
        break
      }
      index++
      from = 0
    }
  }
  return out
}

/** The project's JSON export (read by `parseParallelJson`, links as arrays) as a new document. */
export function planDocumentFromJson(input: AlignedDocument, fileName: string): ImportPlan {
  const paragraphById = new Map<string, SourceParagraph>()
  const translations = input.translations.map((t) => ({ lang: t.lang, links: t.links as AlignedLink[] }))
  for (const t of translations) for (const link of t.links) for (const p of link.source) paragraphById.set(p.id, p)
  const paragraphs = [...paragraphById.values()].sort((a, b) => a.position - b.position)
  const indexOf = new Map(paragraphs.map((p, i) => [p.id, i]))
  const planned: PlannedTranslation[] = translations.map(({ lang, links }) => {
    const segmentById = new Map<string, TargetSegment>()
    for (const link of links) for (const s of link.target) segmentById.set(s.id, s)
    const segments = [...segmentById.values()].sort((a, b) => a.position - b.position)
    const segmentIndex = new Map(segments.map((s, i) => [s.id, i]))
    return {
      lang,
      segments: segments.map((s) => {
        const { content, text } = cleanContent(s.content)
        return { position: s.position, content, text, status: s.status, version: s.version, createdAt: s.createdAt, updatedAt: s.updatedAt, hasAuthor: s.updatedBy !== null }
      }),
      links: links.map((link) => {
        const sourceTexts = link.source.map((p) => p.text)
        const targetTexts = link.target.map((s) => cleanContent(s.content).text)
        return {
          position: link.position,
          sources: link.source.map((p) => indexOf.get(p.id)!),
          targets: link.target.map((s) => segmentIndex.get(s.id)!),
          confidence: link.confidence,
          confirmed: link.confirmed,
          ...(link.sentenceLinks
            ? {
                sentenceLinks: link.sentenceLinks.map((s) => ({
                  source: locate(s.source, sourceTexts) ?? [],
                  target: locate(s.target, targetTexts) ?? [],
                  sourceText: s.source.map(partText).join(' '),
                  targetText: s.target.map(partText).join(' '),
                  confidence: s.confidence,
                })),
              }
            : {}),
        }
      }),
    }
  })
  const origin = Object.fromEntries(Object.entries({ ...input.document.origin, fileName }).filter((e): e is [string, string] => typeof e[1] === 'string'))
  return {
    document: { kind: 'new', title: input.document.title, sourceLang: input.document.sourceLang, origin },
    paragraphs: paragraphs.map((p) => cleanContent(p.content).content),
    translations: planned,
  }
}
