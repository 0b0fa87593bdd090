import { alignParagraphedSentences } from '@/lib/align/align-document'
import { splitUnits, type SentenceSpan } from '@/lib/alignment-ops/split-units'
import type { OpLink } from '@/lib/alignment-ops/types'
import { newId } from '@/lib/db/bulk-insert'
import type { SentenceLinkRow } from '@/lib/db/sentence-links'

/**
 * Aligns the sentences of the whole text (paragraph ends are evidence, not walls), derives the
 * paragraph links from them, and plans the sentence pairs inside each paragraph link.
 */
export function alignSentencesFirst(
  sources: Array<{ id: string; text: string }>,
  targets: Array<{ id: string; text: string }>,
  langs: { sourceLang: string; targetLang: string },
  onProgress?: (fraction: number) => void,
): { links: OpLink[]; sentences: SentenceLinkRow[] } {
  const sourceSentences = splitUnits(sources, langs.sourceLang)
  const targetSentences = splitUnits(targets, langs.targetLang)
  const flatSource = sourceSentences.flat()
  const flatTarget = targetSentences.flat()
  const derived = alignParagraphedSentences(
    sourceSentences.map((spans) => spans.map((span) => span.text)),
    targetSentences.map((spans) => spans.map((span) => span.text)),
    { ...langs, onProgress },
  )
  const links: OpLink[] = derived.map((link) => ({
    id: newId(),
    sources: link.source.map((k) => sources[k]!.id),
    targets: link.target.map((k) => targets[k]!.id),
    confidence: link.confidence,
    confirmed: false,
    origin: 'auto',
  }))
  const side = (spans: SentenceSpan[]) => ({ spans, text: spans.map((span) => span.text).join(' ') })
  const sentences = derived.flatMap((link, k) =>
    link.sentences.map((pair, position): SentenceLinkRow => {
      const source = side(pair.source.map((i) => flatSource[i]!))
      const target = side(pair.target.map((i) => flatTarget[i]!))
      return {
        linkId: links[k]!.id,
        position,
        source: source.spans.map(({ id, start, end }) => ({ paragraphId: id, start, end })),
        target: target.spans.map(({ id, start, end }) => ({ segmentId: id, start, end })),
        sourceText: source.text,
        targetText: target.text,
        confidence: pair.confidence,
      }
    }),
  )
  return { links, sentences }
}
