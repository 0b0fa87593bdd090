import { CLASS_INDEX, extractFeatures, normalizeGlossarySide, tokenClassIndex } from './extract-features'
import { lexicalUnits } from './lexical-units'

/** Both texts turned into numbers: lengths, anchor token ids, document frequencies and postings. */
export type AlignmentProblem = {
  sourceLengths: Float64Array
  targetLengths: Float64Array
  sourceTokens: Int32Array[]
  targetTokens: Int32Array[]
  /** Class of each token id (index in TOKEN_CLASSES). */
  tokenClass: Int8Array
  /** Number of source (target) segments that contain each token id. */
  sourceFrequency: Int32Array
  targetFrequency: Int32Array
  /** For each token id, the sorted source (target) segments that contain it. */
  sourcePostings: Int32Array[]
  targetPostings: Int32Array[]
  /**
   * Paragraph boundaries, when the segments are sentences of paragraphed texts: entry k (0..n) is 1
   * when position k, before segment k, starts a paragraph. A bead that ends where both texts end a
   * paragraph is likelier (see create-bead-scorer).
   */
  sourceBoundaries?: Uint8Array
  targetBoundaries?: Uint8Array
  /**
   * Entry k (0..n) is 1 when position k, before segment k, falls inside a sentence: segment k - 1 ends
   * without a sentence's end (a comma, a word) and segment k starts in lower case, as subtitle lines
   * and OCR lines split sentences. A bead that ends inside a sentence on one side only is less likely.
   */
  sourceInside: Uint8Array
  targetInside: Uint8Array
  /** Sorted lexical unit ids of each segment (lexical-units.ts), one vocabulary for both sides. */
  sourceUnits: Int32Array[]
  targetUnits: Int32Array[]
  unitCount: number
}

/** Positions 0..n where a paragraph starts, from the number of sentences of each paragraph. */
export function boundariesOf(sentenceCounts: number[]): Uint8Array {
  const total = sentenceCounts.reduce((sum, count) => sum + count, 0)
  const boundaries = new Uint8Array(total + 1)
  let position = 0
  boundaries[0] = 1
  for (const count of sentenceCounts) {
    position += count
    boundaries[position] = 1
  }
  return boundaries
}

function postingsOf(segments: Int32Array[], frequency: Int32Array): Int32Array[] {
  const postings = Array.from(frequency, (count) => new Int32Array(count))
  const filled = new Int32Array(frequency.length)
  segments.forEach((tokens, segment) => {
    for (const id of tokens) {
      const list = postings[id]!
      list[filled[id]!] = segment
      filled[id] = filled[id]! + 1
    }
  })
  return postings
}

/** Document frequencies and postings of the tokens of both sides. */
function indexTokens(sourceTokens: Int32Array[], targetTokens: Int32Array[], tokenClass: Int8Array) {
  const count = tokenClass.length
  const sourceFrequency = new Int32Array(count)
  const targetFrequency = new Int32Array(count)
  for (const tokens of sourceTokens) for (const id of tokens) sourceFrequency[id] = sourceFrequency[id]! + 1
  for (const tokens of targetTokens) for (const id of tokens) targetFrequency[id] = targetFrequency[id]! + 1
  return {
    sourceTokens,
    targetTokens,
    tokenClass,
    sourceFrequency,
    targetFrequency,
    sourcePostings: postingsOf(sourceTokens, sourceFrequency),
    targetPostings: postingsOf(targetTokens, targetFrequency),
  }
}

// A segment cut inside a sentence ends in a comma, a dash or a word (a subtitle line, an OCR line); one that
// ends in a full stop, a semicolon or a colon ends a sentence or a clause that a segmenter splits at.
const CUT_END = /[\p{L}\p{N},‚，、\-–—]$/u
const STARTS_LOWER = /^[\s"'“‘«(\[¿¡-]*\p{Ll}/u

/** Positions 0..n inside a sentence (see `AlignmentProblem.sourceInside`). */
export function insideSentences(segments: readonly string[]): Uint8Array {
  const inside = new Uint8Array(segments.length + 1)
  for (let k = 1; k < segments.length; k++)
    if (STARTS_LOWER.test(segments[k]!) && CUT_END.test(segments[k - 1]!.trimEnd())) inside[k] = 1
  return inside
}

/** Extracts features of every segment and indexes the tokens shared by both texts. */
export function buildProblem(
  source: string[],
  target: string[],
  glossary: Array<[string, string]> = [],
  paragraphs?: { source: number[]; target: number[] },
): AlignmentProblem {
  const sourceFeatures = source.map((text) => extractFeatures(text, normalizeGlossarySide(glossary, 0)))
  const targetFeatures = target.map((text) => extractFeatures(text, normalizeGlossarySide(glossary, 1)))
  const ids = new Map<string, number>()
  const idOf = (token: string) => {
    let id = ids.get(token)
    if (id === undefined) {
      id = ids.size
      ids.set(token, id)
    }
    return id
  }
  const sourceTokens = sourceFeatures.map((features) => Int32Array.from(features.tokens.map(idOf)).sort())
  const targetTokens = targetFeatures.map((features) => Int32Array.from(features.tokens.map(idOf)).sort())
  const units = new Map<string, number>()
  const unitOf = (unit: string) => {
    let id = units.get(unit)
    if (id === undefined) {
      id = units.size
      units.set(unit, id)
    }
    return id
  }
  const sourceUnits = source.map((text) => Int32Array.from(lexicalUnits(text), unitOf).sort())
  const targetUnits = target.map((text) => Int32Array.from(lexicalUnits(text), unitOf).sort())
  const tokenClass = new Int8Array(ids.size)
  for (const [token, id] of ids) tokenClass[id] = tokenClassIndex(token)
  return {
    sourceLengths: Float64Array.from(sourceFeatures, (features) => features.length),
    targetLengths: Float64Array.from(targetFeatures, (features) => features.length),
    ...indexTokens(sourceTokens, targetTokens, tokenClass),
    sourceUnits,
    targetUnits,
    unitCount: units.size,
    sourceInside: insideSentences(source),
    targetInside: insideSentences(target),
    ...(paragraphs && {
      sourceBoundaries: boundariesOf(paragraphs.source),
      targetBoundaries: boundariesOf(paragraphs.target),
    }),
  }
}

/**
 * The problem with one more anchor token per dictionary pair [source unit, target unit]: a source
 * segment holding the source unit and a target segment holding the target unit share the token.
 */
export function withLexicon(problem: AlignmentProblem, lexicon: Array<[number, number]>): AlignmentProblem {
  if (lexicon.length === 0) return problem
  const base = problem.tokenClass.length
  const sourcePair = new Int32Array(problem.unitCount).fill(-1)
  const targetPair = new Int32Array(problem.unitCount).fill(-1)
  lexicon.forEach(([e, f], k) => {
    sourcePair[e] = base + k
    targetPair[f] = base + k
  })
  const extend = (tokens: Int32Array[], units: Int32Array[], pairOf: Int32Array) =>
    tokens.map((own, segment) => {
      const added: number[] = []
      for (const unit of units[segment]!) if (pairOf[unit]! >= 0) added.push(pairOf[unit]!)
      if (added.length === 0) return own
      // Pair tokens are numbered after every other token, so the list stays sorted.
      const extended = new Int32Array(own.length + added.length)
      extended.set(own)
      extended.set(
        added.sort((x, y) => x - y),
        own.length,
      )
      return extended
    })
  const tokenClass = new Int8Array(base + lexicon.length).fill(CLASS_INDEX.lexicon)
  tokenClass.set(problem.tokenClass)
  return {
    ...problem,
    ...indexTokens(
      extend(problem.sourceTokens, problem.sourceUnits, sourcePair),
      extend(problem.targetTokens, problem.targetUnits, targetPair),
      tokenClass,
    ),
  }
}
