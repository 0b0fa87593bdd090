import type { AlignedDocument, AlignedLink, SourceParagraph } from './aligned-document'
import { resolveExportOptions, type ExportOptions, type ResolvedExportOptions } from './export-options'
import { buildUnitTarget, isTargetIncluded, type ExportUnit, type UnitTarget } from './export-unit'
import { emptyDoc, joinDocs } from './join-docs'
import { createLinkCursor, type LinkCursor } from './link-cursor'
import { splitSentenceUnits } from './split-sentence-units'

type LangRun = { lang: string; translationId: string; links: AlignedLink[] }

const first = (l: AlignedLink) => l.source[0]!.position
const last = (l: AlignedLink) => l.source[l.source.length - 1]!.position

/**
 * Walks every chosen language's links in step and yields export units. The multilingual rule:
 * a unit ends only where every language's links end, so a unit is the smallest run of source
 * paragraphs that no language's link crosses; no text is ever split or repeated. A 0:1 link
 * inside such a run joins it; one between runs is a unit of its own.
 */
export async function* buildExportUnits(input: AlignedDocument, options: ExportOptions): AsyncGenerator<ExportUnit> {
  const resolved = resolveExportOptions(input, options)
  const langs = resolved.translations.map((t) => ({ lang: t.lang, id: t.id, cursor: createLinkCursor(t.links) }))
  let index = 0
  for (;;) {
    for (const { lang, id, cursor } of langs) {
      for (let link = await cursor.peek(); link && link.source.length === 0; link = await cursor.peek()) {
        const unit = finishUnit([], [{ lang, translationId: id, links: [cursor.take()] }], resolved)
        if (unit) yield { ...unit, index: ++index }
      }
    }
    let start = Infinity
    for (const { cursor } of langs) {
      const link = await cursor.peek()
      if (link) start = Math.min(start, first(link))
    }
    if (start === Infinity) return
    const runs: LangRun[] = langs.map(({ lang, id }) => ({ lang, translationId: id, links: [] }))
    let end = start
    for (let grew = true; grew; ) {
      grew = false
      for (const [i, { cursor }] of langs.entries()) {
        while (await takesNext(cursor, end)) {
          const link = cursor.take()
          runs[i]!.links.push(link)
          if (link.source.length > 0 && last(link) > end) end = last(link)
          grew = true
        }
      }
    }
    const paragraphs = new Map<number, SourceParagraph>()
    for (const run of runs) for (const link of run.links) for (const p of link.source) paragraphs.set(p.position, p)
    const sourceParagraphs = [...paragraphs.values()].sort((a, b) => a.position - b.position)
    if (resolved.unit === 'sentence') {
      const sentenceUnits = splitSentenceUnits(sourceParagraphs, runs, resolved)
      if (sentenceUnits) {
        for (const unit of sentenceUnits) yield { ...unit, index: ++index }
        continue
      }
    }
    const unit = finishUnit(sourceParagraphs, runs, resolved)
    if (unit) yield { ...unit, index: ++index }
  }
}

/** True when the next link (or a run of 0:1 links followed by a link) starts inside the unit. */
async function takesNext(cursor: LinkCursor, end: number): Promise<boolean> {
  for (let ahead = 0; ; ahead++) {
    const link = await cursor.peek(ahead)
    if (!link) return false
    if (link.source.length > 0) return first(link) <= end
  }
}

function finishUnit(sourceParagraphs: SourceParagraph[], runs: LangRun[], options: ResolvedExportOptions): Omit<ExportUnit, 'index'> | undefined {
  if (sourceParagraphs.length === 0 && !options.includeUnaligned) return undefined
  const targets: UnitTarget[] = []
  for (const run of runs) {
    if (run.links.length === 0) continue
    const target = buildUnitTarget(run.lang, run.translationId, run.links)
    if (isTargetIncluded(target, options)) targets.push(target)
  }
  if (targets.length === 0) return undefined
  const source = sourceParagraphs.length === 0 ? emptyDoc() : joinDocs(sourceParagraphs.map((p) => p.content))
  return { level: 'paragraph', sourceParagraphs, source, targets }
}
