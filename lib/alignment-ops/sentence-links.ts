import { alignRegions } from '../align/align-regions'
import { buildProblem } from '../align/build-problem'
import type { Region } from '../align/find-skeleton'
import { splitUnits, type SentenceSpan, type TextUnit } from './split-units'

/**
 * One sentence pair inside a paragraph link; `confidence` is the aligner's posterior, null where the link
 * left it no choice to make (its one side empty: every sentence is then without counterpart).
 */
export type SentencePair = { source: SentenceSpan[]; target: SentenceSpan[]; confidence: number | null }

/**
 * Aligns the sentences inside each paragraph link, so that no sentence pair crosses a link.
 * `links` hold indexes into `sources` and `targets`; one model is estimated over all of them.
 */
export function alignSentencesInLinks(
  sources: TextUnit[],
  targets: TextUnit[],
  links: Array<{ source: number[]; target: number[] }>,
  langs: { sourceLang: string; targetLang: string },
): SentencePair[][] {
  const sourceSentences = splitUnits(sources, langs.sourceLang)
  const targetSentences = splitUnits(targets, langs.targetLang)
  const flatSource = sourceSentences.flat()
  const flatTarget = targetSentences.flat()
  const startsOf = (units: SentenceSpan[][]) => {
    const starts = [0]
    for (const unit of units) starts.push(starts.at(-1)! + unit.length)
    return starts
  }
  const sourceStarts = startsOf(sourceSentences)
  const targetStarts = startsOf(targetSentences)
  const regions: Region[] = links.map((link) => {
    const range = (ids: number[], starts: number[]) =>
      ids.length === 0 ? [0, 0] : [starts[ids[0]!]!, starts[ids.at(-1)! + 1]!]
    const [sourceStart, sourceEnd] = range(link.source, sourceStarts)
    const [targetStart, targetEnd] = range(link.target, targetStarts)
    return { sourceStart: sourceStart!, sourceEnd: sourceEnd!, targetStart: targetStart!, targetEnd: targetEnd! }
  })
  const pairs = (region: Region): SentencePair[] => {
    const s = flatSource.slice(region.sourceStart, region.sourceEnd)
    const t = flatTarget.slice(region.targetStart, region.targetEnd)
    if (s.length === 0 || t.length === 0)
      return [
        ...s.map((x) => ({ source: [x], target: [], confidence: null })),
        ...t.map((x) => ({ source: [], target: [x], confidence: null })),
      ]
    if (s.length === 1 && t.length === 1) return [{ source: s, target: t, confidence: 1 }]
    return []
  }
  const needsAligner = regions.map((region) => pairs(region).length === 0 && region.sourceEnd > region.sourceStart)
  const hard = regions.filter((_, k) => needsAligner[k])
  const aligned =
    hard.length > 0
      ? alignRegions(
          buildProblem(
            flatSource.map((s) => s.text),
            flatTarget.map((s) => s.text),
          ),
          hard,
          () => undefined,
        )
      : []
  let next = 0
  return regions.map((region, k) => {
    if (!needsAligner[k]) return pairs(region)
    return aligned[next++]!.map((link) => ({
      source: link.source.map((i) => flatSource[i]!),
      target: link.target.map((i) => flatTarget[i]!),
      confidence: link.confidence,
    }))
  })
}
