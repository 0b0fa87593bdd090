import { alignRegions } from '../align/align-regions'
import { buildProblem } from '../align/build-problem'
import type { Region } from '../align/find-skeleton'
import { segmentSentences } from '../align/segment-sentences'

/** A sentence as a span of one paragraph's (or segment's) plain text. */
export type SentenceSpan = { id: string; start: number; end: number; text: string }
/** One sentence pair inside a paragraph link. */
export type SentencePair = { source: SentenceSpan[]; target: SentenceSpan[]; confidence: number }
export type TextUnit = { id: string; text: string }

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c)

/** Where a sentence (whose spaces the segmenter may have normalised) starts and ends in `text`, searching from `from`. */
function locate(text: string, sentence: string, from: number): { start: number; end: number } {
  const head = sentence.split(/\s/)[0] ?? ''
  const start = text.indexOf(head, from)
  if (start < 0) return { start: from, end: Math.min(text.length, from + sentence.length) }
  let k = start
  for (let j = 0; j < sentence.length; ) {
    if (isSpace(sentence[j])) {
      while (isSpace(sentence[j])) j++
      while (isSpace(text[k])) k++
    } else if (sentence[j] === text[k]) {
      j++
      k++
    } else return { start, end: Math.min(text.length, start + sentence.length) }
  }
  return { start, end: k }
}

/** Splits each unit (paragraph or segment) into sentences with their offsets. */
export function splitUnits(units: TextUnit[], lang: string): SentenceSpan[][] {
  return units.map((unit) => {
    let cursor = 0
    return segmentSentences(unit.text, lang).map((sentence) => {
      const { start, end } = locate(unit.text, sentence, cursor)
      cursor = end
      return { id: unit.id, start, end, text: unit.text.slice(start, end) }
    })
  })
}

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
    const range = (ids: number[], starts: number[]) => (ids.length === 0 ? [0, 0] : [starts[ids[0]!]!, starts[ids.at(-1)! + 1]!])
    const [sourceStart, sourceEnd] = range(link.source, sourceStarts)
    const [targetStart, targetEnd] = range(link.target, targetStarts)
    return { sourceStart: sourceStart!, sourceEnd: sourceEnd!, targetStart: targetStart!, targetEnd: targetEnd! }
  })
  const pairs = (region: Region): SentencePair[] => {
    const s = flatSource.slice(region.sourceStart, region.sourceEnd)
    const t = flatTarget.slice(region.targetStart, region.targetEnd)
    if (s.length === 0 || t.length === 0) return [...s.map((x) => ({ source: [x], target: [], confidence: 1 })), ...t.map((x) => ({ source: [], target: [x], confidence: 1 }))]
    if (s.length === 1 && t.length === 1) return [{ source: s, target: t, confidence: 1 }]
    return []
  }
  const needsAligner = regions.map((region) => pairs(region).length === 0 && region.sourceEnd > region.sourceStart)
  const hard = regions.filter((_, k) => needsAligner[k])
  const aligned = hard.length > 0 ? alignRegions(buildProblem(flatSource.map((s) => s.text), flatTarget.map((s) => s.text)), hard, () => undefined) : []
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
