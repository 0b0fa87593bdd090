/** What a sentence pair's badge says: confirmed, automatic with the aligner's confidence, without counterpart, or unconfirmed. */
export type SentencePairState =
  | { kind: 'confirmed' }
  | { kind: 'automatic'; confidence: number }
  | { kind: 'noCounterpart' }
  | { kind: 'unconfirmed' }

/**
 * The state of a sentence pair for people: a pair the aligner made shows its posterior; one without
 * counterpart that the aligner gave no posterior (its link has one side only) says so, not a percentage.
 */
export function sentencePairState(pair: {
  sourceText: string
  targetText: string
  confidence: number | null
  confirmed: boolean
  origin: string
}): SentencePairState {
  if (pair.confirmed) return { kind: 'confirmed' }
  if (pair.origin === 'manual') return { kind: 'unconfirmed' }
  if (pair.confidence !== null) return { kind: 'automatic', confidence: pair.confidence }
  if (pair.sourceText === '' || pair.targetText === '') return { kind: 'noCounterpart' }
  return { kind: 'unconfirmed' }
}
