import { endsWithAbbreviation } from '../final-abbreviations'
import { primaryLang } from '../lang'
import type { QaIssue, QaSegmentInput } from '../types'

type Kind = 'period' | 'question' | 'exclamation' | 'colon' | 'semicolon' | 'ellipsis' | 'none'

const KINDS: Record<string, Kind> = {
  '.': 'period',
  '。': 'period',
  '｡': 'period',
  '．': 'period',
  '।': 'period',
  '۔': 'period',
  '?': 'question',
  '？': 'question',
  '؟': 'question',
  '\u037e': 'question',
  '!': 'exclamation',
  '！': 'exclamation',
  ':': 'colon',
  '：': 'colon',
  ';': 'semicolon',
  '；': 'semicolon',
  '؛': 'semicolon',
  '…': 'ellipsis',
  '⋯': 'ellipsis',
}
// Closing quotes and brackets after the final mark are looked through: `"Hi."` ends with a period.
const CLOSERS = /[\s"'»«“”„’‘›‹」』）)\]】〉》]+$/u

/** The form each kind takes in a language where it differs from the ASCII one. */
const FORMS: Record<string, Partial<Record<Kind, string>>> = {
  ja: { period: '。', question: '？', exclamation: '！' },
  zh: { period: '。', question: '？', exclamation: '！', colon: '：', semicolon: '；' },
  ar: { question: '؟', semicolon: '؛' },
  fa: { question: '؟', semicolon: '؛' },
  ur: { period: '۔', question: '؟' },
  hi: { period: '।' },
}

type FinalMark = { kind: Kind; mark: string; at: number; isAbbreviation?: boolean }

function finalMark(text: string, lang: string): FinalMark {
  const trimmed = text.replace(CLOSERS, '')
  if (trimmed.endsWith('...')) return { kind: 'ellipsis', mark: '...', at: trimmed.length - 3 }
  const mark = trimmed[trimmed.length - 1] ?? ''
  // A Greek question ends with the ASCII semicolon too.
  if (mark === ';' && primaryLang(lang) === 'el') return { kind: 'question', mark, at: trimmed.length - 1 }
  const at = trimmed.length - 1
  // Only where the full stop is `.` does an abbreviation's dot close the sentence too (Japanese adds 。).
  const isAbbreviation = !FORMS[primaryLang(lang)]?.period && endsWithAbbreviation(trimmed, lang)
  return { kind: KINDS[mark] ?? 'none', mark, at, isAbbreviation }
}

/** An abbreviation's full stop may or may not be the sentence's too ("2023 г."), so it matches a full stop or none. */
const isSameEnd = (a: FinalMark, b: FinalMark) =>
  a.kind === b.kind ||
  (a.isAbbreviation === true && b.kind === 'none') ||
  (b.isAbbreviation === true && a.kind === 'none')

/**
 * A target that ends with another kind of mark than its source (a question answered by a period, a
 * lost period), and a mark in the wrong script's form (`.` closing a Japanese sentence, `?` in Arabic).
 * The full stop of an abbreviation ("2023 г.", "etc.") matches a full stop or no mark on the other side.
 */
export function checkPunctuation(input: QaSegmentInput): QaIssue[] {
  if (input.target.trim() === '' || input.source.trim() === '') return []
  const source = finalMark(input.source, input.sourceLang)
  const target = finalMark(input.target, input.targetLang)
  const at = { start: Math.max(0, target.at), end: Math.max(0, target.at) + target.mark.length }
  if (!isSameEnd(source, target))
    return [
      {
        check: 'punctuation',
        severity: 'warning',
        messageKey: target.kind === 'none' ? 'finalMissing' : source.kind === 'none' ? 'finalExtra' : 'finalDiffers',
        params: { source: source.mark, target: target.mark },
        target: at,
      },
    ]
  const expected = FORMS[primaryLang(input.targetLang)]?.[target.kind]
  if (!expected || target.kind === 'none' || expected === target.mark) return []
  return [
    {
      check: 'punctuation',
      severity: 'warning',
      messageKey: 'finalForm',
      params: { expected, target: target.mark },
      target: at,
    },
  ]
}
