import type { LinkIds } from './link-format'

export type PrecisionRecall = { precision: number; recall: number; f1: number }
export type AlignmentScores = { strict: PrecisionRecall; lax: PrecisionRecall }
/** Raw counts, which are summed over the documents of a set before ratios are taken. */
export type AlignmentCounts = {
  predicted: number
  gold: number
  strictPredicted: number
  strictGold: number
  laxPredicted: number
  laxGold: number
}

const key = (link: LinkIds) => `${link.source.join(',')}:${link.target.join(',')}`
const isLink = (link: LinkIds) => link.source.length > 0 && link.target.length > 0
const isEmpty = (link: LinkIds) => link.source.length === 0 && link.target.length === 0

type Hits = { total: number; strict: number; lax: number }

/** How many `tested` links match `reference` exactly (strict) or share a source and a target id (lax). */
function countHits(tested: LinkIds[], reference: LinkIds[]): Hits {
  const referenceKeys = new Set(reference.map(key))
  const targetsOfSource = new Map<number, Set<number>>()
  for (const link of reference) {
    for (const source of link.source) {
      const targets = targetsOfSource.get(source) ?? new Set<number>()
      for (const target of link.target) targets.add(target)
      targetsOfSource.set(source, targets)
    }
  }
  const hits: Hits = { total: 0, strict: 0, lax: 0 }
  for (const link of new Map(tested.map((item) => [key(item), item])).values()) {
    hits.total += 1
    if (referenceKeys.has(key(link))) {
      hits.strict += 1
      hits.lax += 1
    } else if (link.source.some((source) => link.target.some((target) => targetsOfSource.get(source)?.has(target)))) {
      hits.lax += 1
    }
  }
  return hits
}

/**
 * Counts matches between predicted and gold links of one document, as vecalign's score.py does:
 * precision over all predicted links, recall over gold links that are not 1:0 or 0:1.
 */
export function countAlignmentMatches(predicted: LinkIds[], gold: LinkIds[]): AlignmentCounts {
  const precision = countHits(
    predicted.filter((link) => !isEmpty(link)),
    gold.filter((link) => !isEmpty(link)),
  )
  const recall = countHits(gold.filter(isLink), predicted.filter(isLink))
  return {
    predicted: precision.total,
    gold: recall.total,
    strictPredicted: precision.strict,
    strictGold: recall.strict,
    laxPredicted: precision.lax,
    laxGold: recall.lax,
  }
}

/** Adds the counts of several documents, so a set is scored as one. */
export function sumAlignmentCounts(counts: AlignmentCounts[]): AlignmentCounts {
  const total: AlignmentCounts = {
    predicted: 0,
    gold: 0,
    strictPredicted: 0,
    strictGold: 0,
    laxPredicted: 0,
    laxGold: 0,
  }
  for (const count of counts) {
    for (const name of Object.keys(total) as Array<keyof AlignmentCounts>) total[name] += count[name]
  }
  return total
}

function ratios(hitsPredicted: number, predicted: number, hitsGold: number, gold: number): PrecisionRecall {
  const precision = predicted === 0 ? 0 : hitsPredicted / predicted
  const recall = gold === 0 ? 0 : hitsGold / gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** Turns (possibly summed) counts into strict and lax precision, recall and F1. */
export function scoresFromCounts(counts: AlignmentCounts): AlignmentScores {
  return {
    strict: ratios(counts.strictPredicted, counts.predicted, counts.strictGold, counts.gold),
    lax: ratios(counts.laxPredicted, counts.predicted, counts.laxGold, counts.gold),
  }
}

/** Strict and lax precision/recall/F1 of a predicted alignment against a gold one. */
export function scoreAlignment(predicted: LinkIds[], gold: LinkIds[]): AlignmentScores {
  return scoresFromCounts(countAlignmentMatches(predicted, gold))
}
