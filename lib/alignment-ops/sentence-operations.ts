import { InvalidOperationError } from './link-operations'
import type { SentenceSpan } from './split-units'
import type { Side } from './types'

export type SentenceOrigin = 'auto' | 'manual'

/** One sentence pair of a paragraph link as a person edits it: whole sentences on each side, in order. */
export type EditablePair = {
  source: SentenceSpan[]
  target: SentenceSpan[]
  confidence: number | null
  confirmed: boolean
  origin: SentenceOrigin
}

/**
 * An edit of the sentence pairs inside one paragraph link (`index` is the pair's place in the link).
 * The same moves as paragraph links, with sentences as the units: nothing is ever cut inside a sentence.
 */
export type SentenceOperation =
  | { op: 'sentence-merge'; linkId: string; index: number; with: 'next' | 'previous' }
  | { op: 'sentence-split'; linkId: string; index: number; sourceCount: number; targetCount: number }
  | { op: 'sentence-move-up'; linkId: string; index: number; side: Side }
  | { op: 'sentence-move-down'; linkId: string; index: number; side: Side }
  | { op: 'sentence-no-counterpart'; linkId: string; index: number; side: Side }
  | { op: 'sentence-confirm'; linkId: string; index: number; confirmed: boolean }

export const SENTENCE_OPS = [
  'sentence-merge',
  'sentence-split',
  'sentence-move-up',
  'sentence-move-down',
  'sentence-no-counterpart',
  'sentence-confirm',
] as const

export const isSentenceOperation = (request: { op: string }): request is SentenceOperation =>
  (SENTENCE_OPS as readonly string[]).includes(request.op)

const keyOf = (side: Side) => side
const isEmpty = (pair: EditablePair) => pair.source.length === 0 && pair.target.length === 0

/** A pair a person changed: manual, confirmed, and without the aligner's confidence. */
const edited = (source: SentenceSpan[], target: SentenceSpan[]): EditablePair => ({
  source,
  target,
  confidence: null,
  confirmed: true,
  origin: 'manual',
})

const withSide = (pair: EditablePair, side: Side, spans: SentenceSpan[]) =>
  side === 'source' ? edited(spans, pair.target) : edited(pair.source, spans)

const spanKey = (s: SentenceSpan) => `${s.id}\u0000${s.start}\u0000${s.end}`

/**
 * Checks that the pairs hold exactly the given sentences of each side, each once and in order, and
 * that no pair is empty on both sides. Returns the first problem found, or null.
 */
export function findSentenceCoverageProblem(
  pairs: EditablePair[],
  sentences: { source: SentenceSpan[]; target: SentenceSpan[] },
): string | null {
  const empty = pairs.findIndex(isEmpty)
  if (empty >= 0) return `sentence pair ${empty} is empty`
  for (const side of ['source', 'target'] as const) {
    const have = pairs.flatMap((p) => p[side]).map(spanKey)
    const want = sentences[side].map(spanKey)
    if (have.join('\u0001') !== want.join('\u0001')) return `${side} sentences are not covered exactly once in order`
  }
  return null
}

function mergeAt(pairs: EditablePair[], at: number): EditablePair[] {
  const first = pairs[at]
  const second = pairs[at + 1]
  if (!first || !second) throw new InvalidOperationError('no pair to merge with')
  return [
    ...pairs.slice(0, at),
    edited([...first.source, ...second.source], [...first.target, ...second.target]),
    ...pairs.slice(at + 2),
  ]
}

function split(pairs: EditablePair[], at: number, sourceCount: number, targetCount: number): EditablePair[] {
  const pair = pairs[at]!
  const valid = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max
  if (!valid(sourceCount, pair.source.length) || !valid(targetCount, pair.target.length))
    throw new InvalidOperationError('split boundary outside the pair')
  const first = edited(pair.source.slice(0, sourceCount), pair.target.slice(0, targetCount))
  const second = edited(pair.source.slice(sourceCount), pair.target.slice(targetCount))
  if (isEmpty(first) || isEmpty(second))
    throw new InvalidOperationError('a split must leave a sentence on each side of the boundary')
  return [...pairs.slice(0, at), first, second, ...pairs.slice(at + 1)]
}

function moveUp(pairs: EditablePair[], at: number, side: Side): EditablePair[] {
  const key = keyOf(side)
  const pair = pairs[at]!
  const previous = pairs[at - 1]
  const [first, ...rest] = pair[key]
  if (!previous || first === undefined) throw new InvalidOperationError('nothing to move up')
  const result = [...pairs]
  result[at - 1] = withSide(previous, side, [...previous[key], first])
  result[at] = withSide(pair, side, rest)
  return result.filter((p) => !isEmpty(p))
}

function moveDown(pairs: EditablePair[], at: number, side: Side): EditablePair[] {
  const key = keyOf(side)
  const pair = pairs[at]!
  const last = pair[key].at(-1)
  if (last === undefined) throw new InvalidOperationError('nothing to move down')
  const result = [...pairs]
  result[at] = withSide(pair, side, pair[key].slice(0, -1))
  const next = pairs[at + 1]
  if (next) result[at + 1] = withSide(next, side, [last, ...next[key]])
  else result.push(withSide(edited([], []), side, [last]))
  return result.filter((p) => !isEmpty(p))
}

/** The pair keeps only `side` (1:0 or 0:1); the other side becomes its own pair right after. */
function noCounterpart(pairs: EditablePair[], at: number, side: Side): EditablePair[] {
  const pair = pairs[at]!
  const other: Side = side === 'source' ? 'target' : 'source'
  if (pair[side].length === 0 || pair[other].length === 0)
    throw new InvalidOperationError('the pair already has one empty side')
  return [...pairs.slice(0, at), withSide(pair, other, []), withSide(pair, side, []), ...pairs.slice(at + 1)]
}

/** Applies one edit to a link's sentence pairs and returns the new list; the input is not changed. */
export function applySentenceOperation(pairs: EditablePair[], operation: SentenceOperation): EditablePair[] {
  const at = operation.index
  if (!Number.isInteger(at) || at < 0 || at >= pairs.length) throw new InvalidOperationError(`no sentence pair ${at}`)
  let after: EditablePair[]
  switch (operation.op) {
    case 'sentence-merge':
      after = operation.with === 'next' ? mergeAt(pairs, at) : mergeAt(pairs, at - 1)
      break
    case 'sentence-split':
      after = split(pairs, at, operation.sourceCount, operation.targetCount)
      break
    case 'sentence-move-up':
      after = moveUp(pairs, at, operation.side)
      break
    case 'sentence-move-down':
      after = moveDown(pairs, at, operation.side)
      break
    case 'sentence-no-counterpart':
      after = noCounterpart(pairs, at, operation.side)
      break
    case 'sentence-confirm':
      after = pairs.map((p, k) => (k === at ? { ...p, confirmed: operation.confirmed } : p))
      break
  }
  const problem = findSentenceCoverageProblem(after, {
    source: pairs.flatMap((p) => p.source),
    target: pairs.flatMap((p) => p.target),
  })
  if (problem) throw new InvalidOperationError(problem)
  return after
}
