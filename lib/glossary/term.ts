/** The parts of speech of TBX-Basic (`termNote type="partOfSpeech"`), '' when not given. */
export const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'] as const
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number]

/** What a term pair says, without where it is stored. */
export type TermFields = {
  sourceTerm: string
  targetTerm: string
  partOfSpeech: PartOfSpeech | ''
  definition: string
  note: string
  /** Target-language variants translators must not use. */
  forbidden: string[]
}

/** A language pair: source and target language tags. */
export type LangPair = { srcLang: string; tgtLang: string }

/** A stored term pair of one language pair. */
export type GlossaryTerm = TermFields & { id: string; srcLang: string; tgtLang: string }

/** A term found in a source text: offsets into that text (UTF-16 code units, end exclusive). */
export type TermMatch = {
  termId: string
  sourceTerm: string
  targetTerm: string
  forbidden: string[]
  start: number
  end: number
}

/** True for a part of speech TBX-Basic knows. */
export function isPartOfSpeech(value: string): value is PartOfSpeech {
  return (PARTS_OF_SPEECH as readonly string[]).includes(value)
}

/**
 * The key two terms are the same under: NFC, lowercased, inner whitespace collapsed. A language pair
 * holds one term pair per (source key, target key).
 */
export function termKey(term: string): string {
  return term.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase()
}
