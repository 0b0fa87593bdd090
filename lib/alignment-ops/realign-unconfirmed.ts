import type { AlignOptions } from '../align/align'
import { alignParagraphedSentences } from '../align/align-document'
import { splitUnits } from './split-units'
import type { NewId, OpLink } from './types'

export type Texts = { source: ReadonlyMap<string, string>; target: ReadonlyMap<string, string> }

/** Paragraph links of a stretch, derived from its sentences aligned across the stretch (as an import does). */
function alignSentencesOf(
  sources: string[],
  targets: string[],
  texts: Texts,
  options: Pick<AlignOptions, 'sourceLang' | 'targetLang'>,
) {
  const sentences = (ids: string[], map: ReadonlyMap<string, string>, lang: string | undefined) =>
    splitUnits(
      ids.map((id) => ({ id, text: map.get(id) ?? '' })),
      lang ?? '',
    ).map((spans) => spans.map((span) => span.text))
  return alignParagraphedSentences(
    sentences(sources, texts.source, options.sourceLang),
    sentences(targets, texts.target, options.targetLang),
    options,
  )
}

function alignRun(
  run: OpLink[],
  texts: Texts,
  options: Pick<AlignOptions, 'sourceLang' | 'targetLang'>,
  newId: NewId,
): OpLink[] {
  const sources = run.flatMap((l) => l.sources)
  const targets = run.flatMap((l) => l.targets)
  const fresh = (s: string[], t: string[], confidence: number): OpLink => ({
    id: '',
    sources: s,
    targets: t,
    confidence,
    confirmed: false,
    origin: 'auto',
  })
  const links =
    sources.length === 0 || targets.length === 0
      ? [...sources.map((id) => fresh([id], [], 1)), ...targets.map((id) => fresh([], [id], 1))]
      : alignSentencesOf(sources, targets, texts, options).map((l) =>
          fresh(
            l.source.map((k) => sources[k]!),
            l.target.map((k) => targets[k]!),
            l.confidence,
          ),
        )
  // A link the aligner finds again keeps its id, so the UI cursor and sentence links survive.
  const idOf = new Map(run.map((l) => [`${l.sources.join(',')}|${l.targets.join(',')}`, l.id]))
  const used = new Set<string>()
  return links.map((link) => {
    const id = idOf.get(`${link.sources.join(',')}|${link.targets.join(',')}`)
    const keep = id !== undefined && !used.has(id)
    if (keep) used.add(id)
    return { ...link, id: keep ? id : newId() }
  })
}

/**
 * Aligns again every stretch of automatic unconfirmed links. Anchors stay as they are: confirmed links,
 * links a person changed (origin manual: an edit by a person counts as confirmed), and the links in
 * `anchors` (those holding sentence pairs a person confirmed or edited).
 * New links are automatic, unconfirmed and carry the aligner's confidence.
 */
export function realignUnconfirmed(
  links: OpLink[],
  texts: Texts,
  options: Pick<AlignOptions, 'sourceLang' | 'targetLang'>,
  newId: NewId,
  anchors: ReadonlySet<string> = new Set(),
): OpLink[] {
  const result: OpLink[] = []
  let run: OpLink[] = []
  const flush = () => {
    if (run.length > 0) result.push(...alignRun(run, texts, options, newId))
    run = []
  }
  for (const link of links) {
    if (link.confirmed || link.origin === 'manual' || anchors.has(link.id)) {
      flush()
      result.push(link)
    } else run.push(link)
  }
  flush()
  return result
}
