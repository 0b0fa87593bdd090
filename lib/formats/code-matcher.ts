/**
 * Gives inline codes of one unit matching numbers across languages: the n-th bold of the
 * source and the n-th bold of a target get the same number (TMX `x`, XLIFF `id`).
 */
export type CodeMatcher = {
  /** Starts a new segment (source or one target) of the unit. */
  startSegment(): void
  /** The unit-wide number of the next code of this kind in the current segment. */
  numberFor(kind: string): number
}

/** Makes a matcher for one unit. */
export function createCodeMatcher(): CodeMatcher {
  const numbers = new Map<string, number>()
  let seen = new Map<string, number>()
  return {
    startSegment() {
      seen = new Map()
    },
    numberFor(kind) {
      const occurrence = (seen.get(kind) ?? 0) + 1
      seen.set(kind, occurrence)
      const key = `${kind}#${occurrence}`
      let n = numbers.get(key)
      if (n === undefined) {
        n = numbers.size + 1
        numbers.set(key, n)
      }
      return n
    },
  }
}
