import type { SentencePart, SourceParagraph } from './aligned-document'
import type { AlignedLink } from './aligned-document'
import { docToLine } from '@/lib/richtext/doc-to-text'
import type { ResolvedExportOptions } from './export-options'
import { buildUnitTarget, isTargetIncluded, type ExportUnit, type UnitTarget } from './export-unit'
import { joinInline } from '@/lib/richtext/join-docs'
import { sentenceToDoc } from './sentence-to-doc'

type Run = { lang: string; translationId: string; links: AlignedLink[] }
type Group = { source: SentencePart[]; target: SentencePart[]; confidence: number | null; start: number; end: number }

const squeeze = (part: SentencePart) => docToLine(sentenceToDoc(part)).replace(/\s+/g, '')

/** A run's sentence groups with their offsets in the unit's source text (whitespace ignored). */
function sentenceGroups(run: Run): { groups: Group[]; text: string } | undefined {
  const groups: Group[] = []
  let text = ''
  const push = (source: SentencePart[], target: SentencePart[], confidence: number | null) => {
    const start = text.length
    text += source.map(squeeze).join('')
    groups.push({ source, target, confidence, start, end: text.length })
  }
  for (const link of run.links) {
    if (link.sentenceLinks && link.sentenceLinks.length > 0) {
      for (const s of link.sentenceLinks) push(s.source, s.target, s.confidence)
    } else if (link.source.length === 0 || link.target.length === 0) {
      push(
        link.source.map((p) => p.content),
        link.target.map((t) => t.content),
        link.confidence,
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
  const rangeOf = (g: Group) => {
    const at = g.end > g.start ? g.start : Math.max(0, g.start - 1)
    let r = 0
    while (r + 1 < starts.length && starts[r + 1]! <= at) r++
    return r
  }
  const units: Omit<ExportUnit, 'index'>[] = []
  for (let r = 0; r < starts.length; r++) {
    const mine = all.map(({ groups }) => groups.filter((g) => rangeOf(g) === r))
    const targets: UnitTarget[] = []
    active.forEach((run, i) => {
      const groups = mine[i]!
      const target = buildUnitTarget(
        run.lang,
        run.translationId,
        run.links,
        joinInline(groups.flatMap((g) => g.target).map(sentenceToDoc)),
      )
      const confidences = groups.map((g) => g.confidence).filter((c): c is number => c !== null)
      const sized: UnitTarget = {
        ...target,
        linkType: `${groups.reduce((n, g) => n + g.source.length, 0)}:${groups.reduce((n, g) => n + g.target.length, 0)}`,
        confidence: confidences.length === 0 ? null : Math.min(...confidences),
      }
      if (isTargetIncluded(sized, options)) targets.push(sized)
    })
    if (targets.length === 0) continue
    const source = joinInline(mine[0]!.flatMap((g) => g.source).map(sentenceToDoc))
    units.push({ level: 'sentence', sentence: r + 1, sourceParagraphs, source, targets })
  }
  return units
}
