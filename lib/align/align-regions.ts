import { computeAnchorWeights } from './anchor-weights'
import { alignRegion, pathAsGuide, type RegionAlignment } from './align-region'
import { BEADS } from './beads'
import { withLexicon, type AlignmentProblem } from './build-problem'
import { initialModel, refineModel, type Link } from './estimate-model'
import type { Region } from './find-skeleton'
import { learnLexicon } from './learn-lexicon'
import { beadPosteriors } from './search-band'

export type RegionLink = { source: number[]; target: number[]; confidence: number }

const range = (start: number, count: number) => Array.from({ length: count }, (_, k) => start + k)

function regionLinks(region: Region, alignment: RegionAlignment): Link[] {
  return alignment.path.map(({ i, j, bead }) => {
    const [a, b] = BEADS[bead]!
    return {
      sourceStart: region.sourceStart + i - a,
      sourceCount: a,
      targetStart: region.targetStart + j - b,
      targetCount: b,
    }
  })
}

/**
 * Aligns each region independently with one model estimated over all of them: a first pass with
 * textbook parameters; from its links, re-estimation and a translation dictionary learned from the
 * segments it linked 1:1, whose pairs become anchors; then a second pass that also yields posteriors.
 */
export function alignRegions(
  problem: AlignmentProblem,
  regions: Region[],
  report: (fraction: number) => void,
): RegionLink[][] {
  const firstModel = initialModel(problem)
  const firstWeights = computeAnchorWeights(problem, firstModel)
  const first = regions.map((region) => alignRegion(problem, firstModel, firstWeights, region))
  report(0.4)
  const firstLinks = first.flatMap((alignment, k) => regionLinks(regions[k]!, alignment))
  const trainingPairs = firstLinks
    .filter((link) => link.sourceCount === 1 && link.targetCount === 1)
    .map((link): [number, number] => [link.sourceStart, link.targetStart])
  const lexical = withLexicon(
    problem,
    learnLexicon(problem.sourceUnits, problem.targetUnits, trainingPairs, problem.unitCount),
  )
  const model = refineModel(lexical, firstModel, firstLinks)
  const weights = computeAnchorWeights(lexical, model)
  return regions.map((region, k) => {
    const alignment = alignRegion(lexical, model, weights, region, pathAsGuide(first[k]!))
    const confidence = beadPosteriors(alignment.band, alignment.score, alignment.path)
    report(0.4 + (0.6 * (k + 1)) / regions.length)
    return regionLinks(region, alignment).map((link, index) => ({
      source: range(link.sourceStart, link.sourceCount),
      target: range(link.targetStart, link.targetCount),
      confidence: confidence[index]!,
    }))
  })
}
