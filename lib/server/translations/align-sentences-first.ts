import { alignParagraphedSentences } from '@/lib/align/align-document'
import { splitUnits } from '@/lib/alignment-ops/split-units'
import type { OpLink } from '@/lib/alignment-ops/types'
import { newId } from '@/lib/db/bulk-insert'
import { toSentenceLinkRow, type SentenceLinkRow } from '@/lib/db/sentence-links'

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
  const sentences = derived.flatMap((link, k) =>
    link.sentences.map((pair, position) =>
      toSentenceLinkRow(links[k]!.id, position, {
        source: pair.source.map((i) => flatSource[i]!),
        target: pair.target.map((i) => flatTarget[i]!),
        confidence: pair.confidence,
      }),
    ),
  )
  return { links, sentences }
}
