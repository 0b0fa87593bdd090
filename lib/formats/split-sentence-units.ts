import type { SentencePart, SourceParagraph } from './aligned-document'
import type { AlignedLink } from './aligned-document'
import { docToLine } from '@/lib/richtext/doc-to-text'
import type { ResolvedExportOptions } from './export-options'
import { buildUnitTarget, isTargetIncluded, type ExportUnit, type UnitTarget } from './export-unit'
import { joinInline } from '@/lib/richtext/join-docs'
import { emptyDoc } from '@/lib/richtext/empty-doc'
import { sentenceToDoc } from './sentence-to-doc'

type Run = { lang: string; translationId: string; links: AlignedLink[] }
type Group = {
  source: SentencePart[]
  target: SentencePart[]
  confidence: number | null
  /** A person confirmed the pair, or the paragraph link it is in. */
  confirmed: boolean
  start: number
  end: number
}

const squeeze = (part: SentencePart) => docToLine(sentenceToDoc(part)).replace(/\s+/g, '')

/** A run's sentence groups with their offsets in the unit's source text (whitespace ignored). */
function sentenceGroups(run: Run): { groups: Group[]; text: string } | undefined {
  const groups: Group[] = []
  let text = ''
  const push = (source: SentencePart[], target: SentencePart[], confidence: number | null, confirmed: boolean) => {
    const start = text.length
    text += source.map(squeeze).join('')
    groups.push({ source, target, confidence, confirmed, start, end: text.length })
  }
  for (const link of run.links) {
    if (link.sentenceLinks && link.sentenceLinks.length > 0) {
      for (const s of link.sentenceLinks) push(s.source, s.target, s.confidence, link.confirmed || s.confirmed === true)
    } else if (link.source.length === 0 || link.target.length === 0) {
      push(
        link.source.map((p) => p.content),
        link.target.map((t) => t.content),
        link.confidence,
        link.confirmed,
      )
    } else {
      return undefined
    }
  }
  return { groups, text }
}

/**
 * Splits a paragraph unit into sentence units, using the same rule as paragraphs: a sentence
 * unit ends only where every language's sentence links end. Returns undefined (the caller keeps
 * the paragraph unit) when a language has no sentence links or the languages disagree on the source.
 */
export function splitSentenceUnits(
  sourceParagraphs: SourceParagraph[],
  runs: Run[],
  options: ResolvedExportOptions,
): Omit<ExportUnit, 'index'>[] | undefined {
  const active = runs.filter((r) => r.links.length > 0)
  const split = active.map(sentenceGroups)
  if (split.length === 0 || split.some((s) => !s || s.text !== split[0]!.text)) return undefined
  const all = split as { groups: Group[]; text: string }[]
  const total = all[0]!.text.length
  let cuts = new Set(all[0]!.groups.map((g) => g.end).filter((e) => e > 0 && e < total))
  for (const { groups } of all.slice(1)) {
    const ends = new Set(groups.map((g) => g.end))
    cuts = new Set([...cuts].filter((c) => ends.has(c)))
  }
  const starts = [0, ...[...cuts].sort((a, b) => a - b)]
  // A sentence without a source (0:1) has no width in the source text. Where it stands between two units
  // (or before the first, after the last) it is a unit of its own, as a 0:1 link is between paragraph
  // units; inside a unit that another language's link makes longer, it goes with that unit.
  const standsAlone = (g: Group) => g.source.length === 0 && (g.start === 0 || g.start === total || cuts.has(g.start))
  // Each language's groups by the range they go in (a pointer walks the ranges: groups come in source order),
  // and the ones that stand alone by their offset, in language order.
  const byRange = all.map(() => starts.map((): Group[] => []))
  const alone = new Map<number, Array<[run: Run, group: Group]>>()
  all.forEach(({ groups }, i) => {
    let r = 0
    for (const g of groups) {
      if (standsAlone(g)) {
        const here = alone.get(g.start) ?? []
        here.push([active[i]!, g])
        alone.set(g.start, here)
        continue
      }
      const at = g.end > g.start ? g.start : Math.max(0, g.start - 1)
      while (r + 1 < starts.length && starts[r + 1]! <= at) r++
      byRange[i]![r]!.push(g)
    }
  })
  const units: Omit<ExportUnit, 'index'>[] = []
  const targetOf = (run: Run, groups: Group[]): UnitTarget | undefined => {
    const target = buildUnitTarget(
      run.lang,
      run.translationId,
      run.links,
      joinInline(groups.flatMap((g) => g.target).map(sentenceToDoc)),
    )
    const confidences = groups.map((g) => g.confidence).filter((c): c is number => c !== null)
    const targetCount = groups.reduce((n, g) => n + g.target.length, 0)
    const sized: UnitTarget = {
      ...target,
      linkType: `${groups.reduce((n, g) => n + g.source.length, 0)}:${targetCount}`,
      confidence: confidences.length === 0 ? null : Math.min(...confidences),
      // A sentence unit is confirmed when each of its pairs is, whatever the rest of the paragraph link is.
      confirmed: groups.every((g) => g.confirmed),
    }
    // A source sentence without a counterpart (1:0) is left out unless 1:0 and 0:1 links are asked for, as a 1:0 link is.
    const included = targetCount === 0 ? options.includeUnaligned : isTargetIncluded(sized, options)
    return included ? sized : undefined
  }
  // Units are numbered in the paragraph unit whether or not the options leave them out, so a sentence keeps its number.
  let ordinal = 0
  /** The sentences without a source that stand alone at offset `at`: each a unit when 0:1 links are asked for. */
  const aloneAt = (at: number) => {
    for (const [run, g] of alone.get(at) ?? []) {
      ordinal++
      const target = options.includeUnaligned ? targetOf(run, [g]) : undefined
      if (target)
        units.push({ level: 'sentence', sentence: ordinal, sourceParagraphs, source: emptyDoc(), targets: [target] })
    }
  }
  for (let r = 0; r < starts.length; r++) {
    aloneAt(starts[r]!)
    ordinal++
    const mine = byRange.map((ranges) => ranges[r]!)
    const targets: UnitTarget[] = []
    active.forEach((run, i) => {
      const target = mine[i]!.length > 0 ? targetOf(run, mine[i]!) : undefined
      if (target) targets.push(target)
    })
    if (targets.length === 0) continue
    const source = joinInline(mine[0]!.flatMap((g) => g.source).map(sentenceToDoc))
    units.push({ level: 'sentence', sentence: ordinal, sourceParagraphs, source, targets })
  }
  if (total > 0) aloneAt(total)
  return units
}
