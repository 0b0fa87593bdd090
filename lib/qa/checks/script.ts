import { likelyScript } from '../lang'
import type { QaIssue, QaSegmentInput } from '../types'

/** Unicode scripts that count as "the language's own" for the ISO 15924 codes that stand for several. */
const SCRIPT_SETS: Record<string, string[]> = {
  Jpan: ['Hira', 'Kana', 'Hani'],
  Kore: ['Hang', 'Hani'],
  Hans: ['Hani'],
  Hant: ['Hani'],
}
// Run of foreign words that is reported inside an otherwise right target ("New York" is two: fine).
const FOREIGN_RUN_WORDS = 4
const MIN_LETTERS = 4

const regexCache = new Map<string, RegExp | null>()
function scriptRegex(codes: string[]): RegExp | null {
  const key = codes.join(',')
  if (!regexCache.has(key)) {
    try {
      regexCache.set(key, new RegExp(`[${codes.map((c) => `\\p{Script=${c}}`).join('')}]`, 'u'))
    } catch {
      regexCache.set(key, null)
    }
  }
  return regexCache.get(key) ?? null
}

/**
 * A target written in another script than its language's (English left in a Russian target, Latin in
 * Korean): most of its letters foreign is an error; a run of four or more foreign words inside a right
 * target is a warning. Letters are classified by their Unicode script; the expected script comes from
 * the language tag (CLDR likely script). Unknown languages are not checked.
 */
export function checkScript(input: QaSegmentInput): QaIssue[] {
  const script = likelyScript(input.targetLang)
  if (!script) return []
  const own = scriptRegex(SCRIPT_SETS[script] ?? [script])
  if (!own) return []
  let letters = 0
  let ownLetters = 0
  let run = { words: 0, start: -1, end: -1 }
  let best = run
  // Words: letters (and marks) in a row; a word is foreign when its first letter is.
  const words = /[\p{L}\p{M}]+/gu
  for (const m of input.target.matchAll(words)) {
    const count = [...m[0]].length
    letters += count
    const isOwn = own.test(m[0][0]!)
    if (isOwn) ownLetters += count
    if (isOwn) run = { words: 0, start: -1, end: -1 }
    else run = { words: run.words + 1, start: run.start < 0 ? m.index : run.start, end: m.index + m[0].length }
    if (run.words > best.words) best = run
  }
  if (letters < MIN_LETTERS) return []
  if (ownLetters * 2 < letters)
    return [
      {
        check: 'script',
        severity: 'error',
        messageKey: 'scriptWrong',
        params: { script },
        target: { start: 0, end: input.target.length },
      },
    ]
  if (best.words < FOREIGN_RUN_WORDS) return []
  return [
    {
      check: 'script',
      severity: 'warning',
      messageKey: 'scriptForeignRun',
      params: { text: input.target.slice(best.start, best.end) },
      target: { start: best.start, end: best.end },
    },
  ]
}
