/**
 * Gives inline codes of one unit matching numbers across languages: the n-th bold of the
 * source and the n-th bold of a target get the same number (TMX `x`, XLIFF `id`).
 */
export type CodeMatcher = {
  /** Starts a new unit, so one matcher serves a whole file. */
  startUnit(): void
  /** Starts a new segment (source or one target) of the unit. */
  startSegment(): void
  /** The unit-wide number of the next code of this kind in the current segment. */
  numberFor(kind: string): number
}

// Per kind: how many codes the current segment has, and the unit-wide number of its n-th code.
// Stamps mark which unit and segment the counts belong to, so starting one allocates nothing.
type KindState = { unit: number; segment: number; seen: number; numbers: number[] }

/** Makes a matcher, ready for the first unit. */
export function createCodeMatcher(): CodeMatcher {
  const kinds = new Map<string, KindState>()
  let unit = 0
  let segment = 0
  let count = 0
  return {
    startUnit() {
      unit++
      count = 0
    },
    startSegment() {
      segment++
    },
    numberFor(kind) {
      let state = kinds.get(kind)
      if (state === undefined) kinds.set(kind, (state = { unit, segment, seen: 0, numbers: [] }))
      if (state.unit !== unit) {
        state.unit = unit
        state.numbers.length = 0
      }
      if (state.segment !== segment) {
        state.segment = segment
        state.seen = 0
      }
      const occurrence = state.seen++
      let n = state.numbers[occurrence]
      if (n === undefined) {
        n = ++count
        state.numbers.push(n)
      }
      return n
    },
  }
}
