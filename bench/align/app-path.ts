// The app's import path on a gold document: sentences joined into paragraphs, aligned as the import
// aligns them, and the sentence pairs it stores projected back onto the gold sentence ids.
import { alignParagraphedSentences } from '@/lib/align/align-document'
import type { LinkIds } from '@/lib/align/link-format'
import { alignSentencesFirst } from '@/lib/server/translations/align-sentences-first'

export type Paragraphing = 'same' | 'different'

type Paragraph = { id: string; text: string; starts: number[]; ids: number[] }

/** Paragraphs made of the given runs of sentence ids, joined with spaces, with each sentence's offset. */
function paragraphsOf(sentences: string[], runs: number[][], side: string): Paragraph[] {
  return runs
    .filter((run) => run.length > 0)
    .map((ids, k) => {
      const starts: number[] = []
      let text = ''
      for (const id of ids) {
        if (text !== '') text += ' '
        starts.push(text.length)
        text += sentences[id]!
      }
      return { id: `${side}${k}`, text, starts, ids }
    })
}

function chunks(count: number, size: number): number[][] {
  return Array.from({ length: Math.ceil(count / size) }, (_, k) =>
    Array.from({ length: Math.min(size, count - k * size) }, (_, i) => k * size + i),
  )
}

/**
 * Paragraph runs for both texts. `same`: both sides break after every fourth gold link, so the
 * paragraphs correspond; `different`: the source breaks every 4 sentences, the target every 6.
 */
export function paragraphRuns(gold: LinkIds[], counts: [number, number], paragraphing: Paragraphing) {
  if (paragraphing === 'different') return { source: chunks(counts[0], 4), target: chunks(counts[1], 6) }
  const source: number[][] = [[]]
  const target: number[][] = [[]]
  gold.forEach((link, k) => {
    source.at(-1)!.push(...link.source)
    target.at(-1)!.push(...link.target)
    if ((k + 1) % 4 === 0) {
      source.push([])
      target.push([])
    }
  })
  return { source: withUncovered(source, counts[0]), target: withUncovered(target, counts[1]) }
}

/** Sentences that no gold link names (the gold leaves a few out) join the paragraph of the sentence before them. */
function withUncovered(runs: number[][], count: number): number[][] {
  const runOf = new Int32Array(count).fill(-1)
  runs.forEach((run, k) => run.forEach((id) => (runOf[id] = k)))
  for (let id = 0; id < count; id++) if (runOf[id] === -1) runOf[id] = id > 0 ? runOf[id - 1]! : 0
  const result: number[][] = runs.map(() => [])
  for (let id = 0; id < count; id++) result[runOf[id]!]!.push(id)
  return result
}

/** The gold sentences a span of a paragraph covers (at least half of each), or the one it overlaps most. */
function goldIdsOf(paragraph: Paragraph, start: number, end: number): number[] {
  let best = paragraph.ids[0]!
  let bestOverlap = -1
  const covered: number[] = []
  paragraph.ids.forEach((id, k) => {
    const from = paragraph.starts[k]!
    const to = k + 1 < paragraph.ids.length ? paragraph.starts[k + 1]! - 1 : paragraph.text.length
    const overlap = Math.min(end, to) - Math.max(start, from)
    if (overlap > 0 && overlap * 2 >= to - from) covered.push(id)
    if (overlap > bestOverlap) {
      bestOverlap = overlap
      best = id
    }
  })
  return covered.length > 0 ? covered : [best]
}

/** Aligns through the import's code and returns the stored sentence pairs as gold ids (pairs sharing a gold sentence merged). */
export function alignThroughApp(
  source: string[],
  target: string[],
  gold: LinkIds[],
  langs: { sourceLang: string; targetLang: string },
  paragraphing: Paragraphing,
): LinkIds[] {
  const runs = paragraphRuns(gold, [source.length, target.length], paragraphing)
  const sourceParagraphs = paragraphsOf(source, runs.source, 's')
  const targetParagraphs = paragraphsOf(target, runs.target, 't')
  const byId = new Map([...sourceParagraphs, ...targetParagraphs].map((p) => [p.id, p]))
  const { sentences } = alignSentencesFirst(sourceParagraphs, targetParagraphs, langs)
  const projected: LinkIds[] = []
  for (const row of sentences) {
    const ids = (spans: Array<{ start: number; end: number } & ({ paragraphId: string } | { segmentId: string })>) => [
      ...new Set(
        spans.flatMap((span) =>
          goldIdsOf(byId.get('paragraphId' in span ? span.paragraphId : span.segmentId)!, span.start, span.end),
        ),
      ),
    ]
    const link = { source: ids(row.source), target: ids(row.target) }
    const last = projected.at(-1)
    const shares =
      last && (link.source.some((id) => last.source.includes(id)) || link.target.some((id) => last.target.includes(id)))
    if (last && shares) {
      last.source = [...new Set([...last.source, ...link.source])].sort((a, b) => a - b)
      last.target = [...new Set([...last.target, ...link.target])].sort((a, b) => a - b)
    } else projected.push(link)
  }
  return projected
}

/**
 * The same sentence-first alignment on the gold's own sentences grouped into paragraphs: what the
 * design gets when the splitter finds exactly the gold's segments.
 */
export function alignGoldSentencesInParagraphs(
  source: string[],
  target: string[],
  gold: LinkIds[],
  langs: { sourceLang: string; targetLang: string },
  paragraphing: Paragraphing,
): LinkIds[] {
  const runs = paragraphRuns(gold, [source.length, target.length], paragraphing)
  const texts = (sentences: string[], list: number[][]) =>
    list.filter((run) => run.length > 0).map((run) => run.map((id) => sentences[id]!))
  return alignParagraphedSentences(texts(source, runs.source), texts(target, runs.target), langs).flatMap(
    (link) => link.sentences,
  )
}
