import { isStorableText } from '../http/schemas'
import { isPartOfSpeech, termKey, type TermFields } from './term'

/** Why a term pair cannot be stored or imported. */
export type TermProblem =
  'emptySource' | 'emptyTarget' | 'tooLong' | 'partOfSpeech' | 'text' | 'duplicate' | 'noTerm' | 'language'

export const TERM_MAX_LENGTH = 500
export const TERM_TEXT_MAX_LENGTH = 5000
export const FORBIDDEN_MAX_COUNT = 50

/** What a form, an API call or an imported row gives for a term pair, before checking. */
export type RawTermFields = {
  sourceTerm?: string
  targetTerm?: string
  partOfSpeech?: string
  definition?: string
  note?: string
  forbidden?: string[]
}

const tidy = (value: string | undefined) => (value ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ')
const POS_ALIASES: Record<string, string> = { 'proper noun': 'properNoun', propernoun: 'properNoun' }

/**
 * The one rule for a term pair: terms trimmed with inner spaces collapsed, both required (at most
 * 500 characters), a TBX-Basic part of speech or none, definition and note at most 5,000 characters,
 * forbidden variants deduplicated (at most 50, never the target term itself). A problem instead when
 * the pair cannot be kept.
 */
export function normalizeTerm(raw: RawTermFields): TermFields | TermProblem {
  const sourceTerm = tidy(raw.sourceTerm)
  const targetTerm = tidy(raw.targetTerm)
  if (!sourceTerm) return 'emptySource'
  if (!targetTerm) return 'emptyTarget'
  const pos = tidy(raw.partOfSpeech)
  const partOfSpeech = POS_ALIASES[pos.toLowerCase()] ?? (pos ? pos[0]!.toLowerCase() + pos.slice(1) : '')
  if (partOfSpeech !== '' && !isPartOfSpeech(partOfSpeech)) return 'partOfSpeech'
  const definition = (raw.definition ?? '').trim()
  const note = (raw.note ?? '').trim()
  const seen = new Set([termKey(targetTerm)])
  const forbidden: string[] = []
  for (const variant of (raw.forbidden ?? []).map(tidy)) {
    if (!variant || seen.has(termKey(variant))) continue
    seen.add(termKey(variant))
    forbidden.push(variant)
  }
  const texts = [sourceTerm, targetTerm, definition, note, ...forbidden]
  if (!texts.every(isStorableText)) return 'text'
  if ([sourceTerm, targetTerm, ...forbidden].some((t) => t.length > TERM_MAX_LENGTH)) return 'tooLong'
  if (definition.length > TERM_TEXT_MAX_LENGTH || note.length > TERM_TEXT_MAX_LENGTH) return 'tooLong'
  if (forbidden.length > FORBIDDEN_MAX_COUNT) return 'tooLong'
  return { sourceTerm, targetTerm, partOfSpeech, definition, note, forbidden }
}
