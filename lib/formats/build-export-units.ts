import type { AlignedDocument, AlignedLink, SourceParagraph } from './aligned-document'
import { resolveExportOptions, type ExportOptions, type ResolvedExportOptions } from './export-options'
import { buildUnitTarget, isTargetIncluded, type ExportUnit, type UnitTarget } from './export-unit'
import { emptyDoc } from '@/lib/richtext/empty-doc'
import { joinDocs } from '@/lib/richtext/join-docs'
import { createLinkCursor, type LinkCursor } from './link-cursor'
import { splitSentenceUnits } from './split-sentence-units'

type LangRun = { lang: string; translationId: string; links: AlignedLink[] }

const first = (l: AlignedLink) => l.source[0]!.position
const last = (l: AlignedLink) => l.source[l.source.length - 1]!.position

/** What `exportUnitSteps` yields: the next unit, or a promise to await before asking again. */
export type ExportStep = ExportUnit | Promise<void>

/**
 * Walks every chosen language's links in step and yields export units. The multilingual rule:
 * a unit ends only where every language's links end, so a unit is the smallest run of source
 * paragraphs that no language's link crosses; no text is ever split or repeated. A 0:1 link
 * inside such a run joins it; one between runs is a unit of its own.
 */
export async function* buildExportUnits(input: AlignedDocument, options: ExportOptions): AsyncGenerator<ExportUnit> {
  for (const step of exportUnitSteps(input, options)) {
    if (step instanceof Promise) await step
    else yield step
  }
}

/**
 * The same units as `buildExportUnits`, from a sync generator: writers walk sync link streams
 * without a promise per link or unit. Where an async stream must be read first it yields that
 * read as a promise; await it and go on.
 */
export function* exportUnitSteps(
  input: AlignedDocument,
  options: ExportOptions,
): Generator<ExportStep, void, undefined> {
  const resolved = resolveExportOptions(input, options)
  const langs = resolved.translations.map((t) => ({ lang: t.lang, id: t.id, cursor: createLinkCursor(t.links) }))
  let index = 0
  for (;;) {
    for (const { lang, id, cursor } of langs) {
      for (;;) {
        while (!cursor.isReady(0)) yield cursor.fill(0)
        const link = cursor.peek(0)
        if (!link || link.source.length !== 0) break
        const unit = finishUnit([], [{ lang, translationId: id, links: [cursor.take()] }], resolved, index + 1)
        if (unit) {
          index++
          yield unit
        }
      }
    }
    let start = Infinity
    for (const { cursor } of langs) {
      const link = cursor.peek(0)
      if (link) start = Math.min(start, first(link))
    }
    if (start === Infinity) return
    const runs: LangRun[] = langs.map(({ lang, id }) => ({ lang, translationId: id, links: [] }))
    let end = start
    for (let grew = true; grew;) {
      grew = false
      for (let i = 0; i < langs.length; i++) {
        const cursor = langs[i]!.cursor
        for (;;) {
          let takes = takesNext(cursor, end)
          while (takes instanceof Promise) {
            yield takes
            takes = takesNext(cursor, end)
          }
          if (!takes) break
          const link = cursor.take()
          runs[i]!.links.push(link)
          if (link.source.length > 0 && last(link) > end) end = last(link)
          grew = true
        }
      }
    }
    const sourceParagraphs = collectParagraphs(runs)
    if (resolved.unit === 'sentence') {
      const sentenceUnits = splitSentenceUnits(sourceParagraphs, runs, resolved)
      if (sentenceUnits) {
        for (const unit of sentenceUnits) yield { ...unit, index: ++index }
        continue
      }
    }
    const unit = finishUnit(sourceParagraphs, runs, resolved, index + 1)
    if (unit) {
      index++
      yield unit
    }
  }
}

/**
 * True when the next link (or a run of 0:1 links followed by a link) starts inside the unit;
 * a promise when an async stream has to be read before that is known.
 */
function takesNext(cursor: LinkCursor, end: number): boolean | Promise<void> {
  for (let ahead = 0; ; ahead++) {
    if (!cursor.isReady(ahead)) return cursor.fill(ahead)
    const link = cursor.peek(ahead)
    if (!link) return false
    if (link.source.length > 0) return first(link) <= end
  }
}

/** The unit's source paragraphs by position; where languages carry the same position, the last one read wins. */
function collectParagraphs(runs: LangRun[]): SourceParagraph[] {
  let only: SourceParagraph | undefined
  let isSingle = true
  for (const run of runs) {
    for (const link of run.links) {
      for (const p of link.source) {
        if (only !== undefined && only.position !== p.position) isSingle = false
        only = p
      }
    }
  }
  if (only === undefined) return []
  if (isSingle) return [only]
  const paragraphs = new Map<number, SourceParagraph>()
  for (const run of runs) for (const link of run.links) for (const p of link.source) paragraphs.set(p.position, p)
  return [...paragraphs.values()].sort((a, b) => a.position - b.position)
}

function finishUnit(
  sourceParagraphs: SourceParagraph[],
  runs: LangRun[],
  options: ResolvedExportOptions,
  index: number,
): ExportUnit | undefined {
  if (sourceParagraphs.length === 0 && !options.includeUnaligned) return undefined
  const targets: UnitTarget[] = []
  for (const run of runs) {
    if (run.links.length === 0) continue
    const target = buildUnitTarget(run.lang, run.translationId, run.links)
    if (isTargetIncluded(target, options)) targets.push(target)
  }
  if (targets.length === 0) return undefined
  const source = sourceParagraphs.length === 0 ? emptyDoc() : joinDocs(sourceParagraphs.map((p) => p.content))
  return { level: 'paragraph', sourceParagraphs, source, targets, index }
}
