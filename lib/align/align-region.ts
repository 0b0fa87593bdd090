import type { AnchorWeights } from './anchor-weights'
import type { AlignmentProblem } from './build-problem'
import { createBeadScorer, type BeadScorer } from './create-bead-scorer'
import type { AlignmentModel } from './estimate-model'
import { findSkeleton, type Region } from './find-skeleton'
import { makeBand, touchesEdge, type Band } from './make-band'
import { searchBand, tabulateScores, type PathStep } from './search-band'

export type RegionAlignment = { path: PathStep[]; band: Band; score: BeadScorer }

// Up to this many cells the whole matrix is searched: it costs little and nothing can be missed.
const FULL_SEARCH_CELLS = 40_000
const FIRST_HALF_WIDTH = 20
const GUIDED_HALF_WIDTH = 20

/**
 * Aligns one region with a banded search: the band follows `guide` (or a skeleton of rare shared
 * tokens) and doubles in width, re-centred on the best path, until the path stays clear of its edges.
 */
export function alignRegion(
  problem: AlignmentProblem,
  model: AlignmentModel,
  weights: AnchorWeights,
  region: Region,
  guide?: Array<[number, number]>,
): RegionAlignment {
  const rows = region.sourceEnd - region.sourceStart
  const columns = region.targetEnd - region.targetStart
  const isSmall = (rows + 1) * (columns + 1) <= FULL_SEARCH_CELLS
  let halfWidth = isSmall ? Math.max(rows, columns) + 1 : guide ? GUIDED_HALF_WIDTH : FIRST_HALF_WIDTH
  let points = isSmall ? [] : (guide ?? findSkeleton(problem, weights.match, region))
  for (;;) {
    const band = makeBand(points, rows, columns, halfWidth)
    const score = tabulateScores(band, createBeadScorer(problem, model, weights, region, band))
    const path = searchBand(band, score)
    const cells = path.map((step): [number, number] => [step.i, step.j])
    if (band.isFull || !touchesEdge(band, cells)) return { path, band, score }
    points = cells
    halfWidth *= 2
  }
}

/** The path of a region alignment as centre points for a later, narrower search. */
export function pathAsGuide(alignment: RegionAlignment): Array<[number, number]> {
  return alignment.path.map((step) => [step.i, step.j])
}
