import type {
  AlignedDocument,
  AlignedLink,
  SentencePart,
  SourceParagraph,
  TargetSegment,
} from '@/lib/formats/aligned-document'
import { docToLine } from '@/lib/richtext/doc-to-text'
import { normalizeTitle, TITLE_MAX_LENGTH } from '@/lib/text/normalize-title'
import { sentenceToDoc } from '@/lib/formats/sentence-to-doc'
import {
  cleanContent,
  emptySegment,
  type ImportPlan,
  type PlannedLink,
  type PlannedSegment,
  type PlannedSentenceSide,
  type PlannedTranslation,
} from './import-plan'

const partText = (part: SentencePart) => docToLine(sentenceToDoc(part))

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

type Step = { kind: 'link'; link: AlignedLink } | { kind: 'gap'; paragraph: number; after: number }

/**
 * The translation's links in order, with a gap step for each paragraph none of them covers (the
 * export leaves out links whose text is empty). `after` is the last segment (index into the
 * position-sorted segments) before the gap, -1 at the start.
 */
function stepsOf(
  links: AlignedLink[],
  paragraphCount: number,
  indexOf: Map<string, number>,
  segmentIndex: Map<string, number>,
): Step[] {
  const steps: Step[] = []
  let next = 0
  let after = -1
  for (const link of links) {
    const first = link.source[0]
    if (first)
      for (const end = indexOf.get(first.id)!; next < end; next++) steps.push({ kind: 'gap', paragraph: next, after })
    steps.push({ kind: 'link', link })
    const last = link.source[link.source.length - 1]
    if (last) next = Math.max(next, indexOf.get(last.id)! + 1)
    const lastTarget = link.target[link.target.length - 1]
    if (lastTarget) after = segmentIndex.get(lastTarget.id)!
  }
  for (; next < paragraphCount; next++) steps.push({ kind: 'gap', paragraph: next, after })
  return steps
}

function planTranslation(
  lang: string,
  links: AlignedLink[],
  paragraphCount: number,
  indexOf: Map<string, number>,
): PlannedTranslation {
  const segmentById = new Map<string, TargetSegment>()
  for (const link of links) for (const s of link.target) segmentById.set(s.id, s)
  const segments = [...segmentById.values()].sort((a, b) => a.position - b.position)
  const segmentIndex = new Map(segments.map((s, i) => [s.id, i]))
  const steps = stepsOf(links, paragraphCount, indexOf, segmentIndex)
  // Final order: each gap's empty segment right after the segment that precedes it.
  const gapsAfter = new Map<number, Step[]>()
  for (const step of steps)
    if (step.kind === 'gap') gapsAfter.set(step.after, [...(gapsAfter.get(step.after) ?? []), step])
  const planned: PlannedSegment[] = []
  const finalIndex = new Map<string, number>()
  const gapIndex = new Map<Step, number>()
  const placeGaps = (after: number) => {
    for (const gap of gapsAfter.get(after) ?? []) {
      gapIndex.set(gap, planned.length)
      planned.push(emptySegment(planned.length))
    }
  }
  placeGaps(-1)
  for (const [i, s] of segments.entries()) {
    const { content, text } = cleanContent(s.content)
    finalIndex.set(s.id, planned.length)
    planned.push({
      position: planned.length,
      content,
      text,
      status: s.status,
      version: s.version,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      hasAuthor: s.updatedBy !== null,
      ...(s.comments?.length ? { comments: s.comments } : {}),
    })
    placeGaps(i)
  }
  return {
    lang,
    segments: planned,
    links: steps.map((step, position): PlannedLink => {
      if (step.kind === 'gap')
        return {
          position,
          sources: [step.paragraph],
          targets: [gapIndex.get(step)!],
          confidence: null,
          confirmed: true,
        }
      const { link } = step
      const sourceTexts = link.source.map((p) => p.text)
      const targetTexts = link.target.map((s) => cleanContent(s.content).text)
      return {
        position,
        sources: link.source.map((p) => indexOf.get(p.id)!),
        targets: link.target.map((s) => finalIndex.get(s.id)!),
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
}

/**
 * The project's JSON export (read by `parseParallelJson`, links as arrays) as a new document.
 * A paragraph a translation's links leave out (its text was empty) gets a 1:1 link to a new empty
 * segment, so every translation covers every paragraph. The file has no list of paragraphs: one
 * that no exported link mentions at all is not in it and cannot come back.
 */
export function planDocumentFromJson(input: AlignedDocument, fileName: string): ImportPlan {
  const paragraphById = new Map<string, SourceParagraph>()
  const translations = input.translations.map((t) => ({ lang: t.lang, links: t.links as AlignedLink[] }))
  for (const t of translations) for (const link of t.links) for (const p of link.source) paragraphById.set(p.id, p)
  const paragraphs = [...paragraphById.values()].sort((a, b) => a.position - b.position)
  const indexOf = new Map(paragraphs.map((p, i) => [p.id, i]))
  const planned = translations.map(({ lang, links }) => planTranslation(lang, links, paragraphs.length, indexOf))
  const origin = Object.fromEntries(
    Object.entries({ ...input.document.origin, fileName }).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  )
  return {
    document: {
      kind: 'new',
      title: normalizeTitle(input.document.title).slice(0, TITLE_MAX_LENGTH),
      sourceLang: input.document.sourceLang,
      origin,
    },
    paragraphs: paragraphs.map((p) => cleanContent(p.content).content),
    translations: planned,
  }
}
