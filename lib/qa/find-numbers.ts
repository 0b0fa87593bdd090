import { primaryLang } from './lang'

/** A number as written in a text: its value in a canonical form (`1000.5`) and where it stands. */
export type FoundNumber = { value: string; start: number; end: number }

// The zero of each block of decimal digits we read; digits of other blocks are not numbers here.
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10]
const GROUPING_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009', "'", '’', '\u066c'])
const POINTS = new Set(['.', ',', '\u066b'])
const WIDE_POINTS: Record<string, string> = { '\uff0c': ',', '\uff0e': '.' }

function digitValue(code: number): number {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return code - zero
  return -1
}

const decimalCache = new Map<string, string>()
/** The decimal separator of a language (`en` → `.`, `ru` → `,`), from Intl. */
function decimalSeparatorOf(lang: string): string {
  const key = primaryLang(lang)
  let found = decimalCache.get(key)
  if (found === undefined) {
    try {
      found = new Intl.NumberFormat(key || 'en').formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
    } catch {
      found = '.'
    }
    decimalCache.set(key, found)
  }
  return found === '\u066b' ? found : found === ',' ? ',' : '.'
}

type Token = { groups: string[]; seps: string[]; start: number; end: number }

/** Groups after the first form a thousands grouping: three digits each (two allowed before the last, as in `1,00,000`). */
function isGrouping(groups: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const size = groups[k]!.length
    if (size !== 3 && !(size === 2 && k < to - 1)) return false
  }
  return true
}

/** Turns one run of digit groups into values: decides which separator, if any, is the decimal one. */
function readToken({ groups, seps, start, end }: Token, decimal: string, out: FoundNumber[]): void {
  const pointAt: number[] = []
  seps.forEach((s, i) => POINTS.has(s) && pointAt.push(i))
  const kinds = new Set(pointAt.map((i) => seps[i]))
  let decimalAt = -1
  if (kinds.has('\u066b')) decimalAt = seps.indexOf('\u066b')
  else if (kinds.size >= 2) decimalAt = pointAt[pointAt.length - 1]!
  else if (pointAt.length === 1) {
    const at = pointAt[0]!
    const isSpaced = seps.length > 1
    const looksGrouped = groups[at + 1]!.length === 3 && groups[0]!.length <= 3
    // "1,000": a thousand where the decimal separator is the other one, one where it is this one.
    decimalAt = isSpaced || !looksGrouped || seps[at] === decimal ? at : -1
  }
  const intEnd = decimalAt < 0 ? groups.length : decimalAt + 1
  const isNumber = isGrouping(groups, 1, intEnd) && (decimalAt < 0 || decimalAt === seps.length - 1)
  if (!isNumber) {
    // Not one number ("1.2.3", "12,34,5"): each group on its own.
    let at = start
    groups.forEach((group, i) => {
      out.push({ value: String(BigInt(group)), start: at, end: at + group.length })
      at += group.length + (seps[i]?.length ?? 0)
    })
    return
  }
  const fraction = decimalAt < 0 ? '' : groups[groups.length - 1]!.replace(/0+$/, '')
  out.push({ value: String(BigInt(groups.slice(0, intEnd).join(''))) + (fraction ? `.${fraction}` : ''), start, end })
}

/**
 * The numbers of a text with their values, whatever the locale's way of writing them: `1,000.5`,
 * `1 000,5`, `1.000,5` and `١٠٠٠٫٥` are all `1000.5`. A lone `.` or `,` before three digits is read
 * with the language's decimal separator (`1,000` is a thousand in English, `1,000` is one in Russian).
 * One pass over the text.
 */
export function findNumbers(text: string, lang: string): FoundNumber[] {
  const decimal = decimalSeparatorOf(lang)
  const out: FoundNumber[] = []
  let i = 0
  while (i < text.length) {
    if (digitValue(text.charCodeAt(i)) < 0) {
      i++
      continue
    }
    const token: Token = { groups: [], seps: [], start: i, end: i }
    for (;;) {
      let group = ''
      while (i < text.length && digitValue(text.charCodeAt(i)) >= 0) group += String(digitValue(text.charCodeAt(i++)))
      token.groups.push(group)
      token.end = i
      const char = text[i]
      const sep = char === undefined ? undefined : (WIDE_POINTS[char] ?? char)
      if (sep === undefined || !(POINTS.has(sep) || GROUPING_SPACES.has(sep))) break
      if (digitValue(text.charCodeAt(i + 1)) < 0) break
      // A space joins groups only after one to three digits and before exactly three ("3 000", not "2019 12").
      if (GROUPING_SPACES.has(sep) && (token.groups[0]!.length > 3 || !/^\d{3}(?!\d)/u.test(digitsAhead(text, i + 1))))
        break
      token.seps.push(sep)
      i++
    }
    readToken(token, decimal, out)
  }
  return out
}

function digitsAhead(text: string, from: number): string {
  let out = ''
  for (let k = from; k < text.length && out.length < 4; k++) {
    const d = digitValue(text.charCodeAt(k))
    if (d < 0) break
    out += String(d)
  }
  return out
}
