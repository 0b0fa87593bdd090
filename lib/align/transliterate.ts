const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ђ: 'dj',
  ћ: 'c',
  џ: 'dz',
  љ: 'lj',
  њ: 'nj',
  ј: 'j',
  ѕ: 'dz',
}

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
}

const LATIN_SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŋ: 'ng',
}

// Revised Romanization of Korean, by jamo index within a precomposed syllable.
const HANGUL_INITIAL = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
]
const HANGUL_VOWEL = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
]
const HANGUL_FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
]

function romanizeHangul(code: number): string {
  const index = code - 0xac00
  const initial = Math.floor(index / 588)
  const vowel = Math.floor((index % 588) / 28)
  const final = index % 28
  return `${HANGUL_INITIAL[initial] ?? ''}${HANGUL_VOWEL[vowel] ?? ''}${HANGUL_FINAL[final] ?? ''}`
}

function romanizeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0
  if (code >= 0xac00 && code <= 0xd7a3) return romanizeHangul(code)
  if (code < 0x80) return /[a-z0-9]/.test(char) ? char : ''
  const special = LATIN_SPECIAL[char] ?? CYRILLIC[char] ?? GREEK[char]
  if (special !== undefined) return special
  const stripped = char.normalize('NFD').replace(/\p{M}/gu, '')
  if (stripped !== char) return romanizeChar(stripped)
  // Han, kana, Arabic and other scripts have no table here: they produce nothing.
  return ''
}

/**
 * Writes a word in a common lowercase Latin form (Latin without diacritics, Cyrillic, Greek,
 * Hangul); letters of other scripts, including Han, are dropped.
 */
export function transliterate(word: string): string {
  let out = ''
  for (const char of word.toLowerCase()) out += romanizeChar(char)
  return out
}

/** Folds spelling differences that transliteration leaves (c/k, y/i, w/v, ph/f, th/t, double letters). */
export function foldSpelling(latin: string): string {
  return latin
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/kh/g, 'h')
    .replace(/[cq]/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1')
}
