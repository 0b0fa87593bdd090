// Word counting without Intl.Segmenter for text in the scripts an import mostly carries. Counting
// words with the segmenter costs about 2 µs a segment (it makes an object for each, spaces and
// punctuation included): a third of a large import's CPU. For text made only of the characters
// below, the word-boundary rules of Unicode's UAX #29 that ICU applies reduce to a few: letters and
// digits run together into one word, and some punctuation joins two letters (`don't`, `e.g`, `a:b`)
// or two digits (`3.14`, `1,000`). Any other character (marks, Han, Kana, Thai, Hebrew, emoji,
// `_` …) returns undefined, so the caller asks the segmenter. simple-word-count.test.ts checks every
// string of up to three of these characters, and many longer ones, against Intl.Segmenter.

const OTHER = 0
const LETTER = 1
const DIGIT = 2
/** Joins two letters: `:` and `·` (MidLetter). */
const MID_LETTER = 3
/** Joins two letters or two digits: `.`, `'`, `‘`, `’` (MidNumLet, Single_Quote). */
const MID_NUM_LET = 4
/** Joins two digits: `,` and `;` (MidNum). */
const MID_NUM = 5
/** Hangul syllables: a word of their own, never joined to Latin, Cyrillic or digits. */
const HANGUL = 6
const UNKNOWN = -1

const ASCII = new Int8Array(128).fill(UNKNOWN)
for (const c of ' \t\n\r!"#$%&()*+-/<=>?@[\\]^`{|}~') ASCII[c.charCodeAt(0)] = OTHER
for (let c = 0x41; c <= 0x5a; c++) ASCII[c] = LETTER
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = LETTER
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = DIGIT
ASCII[0x3a] = MID_LETTER
ASCII[0x2e] = MID_NUM_LET
ASCII[0x27] = MID_NUM_LET
ASCII[0x2c] = MID_NUM
ASCII[0x3b] = MID_NUM

/** No-break space, guillemets, dashes, typographic quotes, ellipsis. */
const OTHER_BEYOND_ASCII = new Set([0xa0, 0xab, 0xbb, 0x2013, 0x2014, 0x201c, 0x201d, 0x201e, 0x2026])

function classOf(code: number): number {
  if (code < 128) return ASCII[code]!
  // Latin-1 letters (not × ÷), Latin Extended-A, Cyrillic without its combining marks.
  if (code >= 0xc0 && code <= 0x17f) return code === 0xd7 || code === 0xf7 ? OTHER : LETTER
  if (code === 0xaa || code === 0xb5 || code === 0xba) return LETTER
  if ((code >= 0x400 && code <= 0x481) || (code >= 0x48a && code <= 0x52f)) return LETTER
  if (code >= 0xac00 && code <= 0xd7a3) return HANGUL
  if (code === 0xb7) return MID_LETTER
  if (code === 0x2018 || code === 0x2019) return MID_NUM_LET
  return OTHER_BEYOND_ASCII.has(code) ? OTHER : UNKNOWN
}

/**
 * The number of word-like segments Intl.Segmenter finds in `text` (granularity `word`), or
 * undefined when the text has a character this count does not know.
 */
export function countSimpleWords(text: string): number | undefined {
  let count = 0
  /** The class of the word's last letter, digit or syllable, or OTHER outside a word. */
  let last = OTHER
  for (let i = 0; i < text.length; i++) {
    const kind = classOf(text.charCodeAt(i))
    if (kind === UNKNOWN) return undefined
    if (kind === HANGUL) {
      if (last !== HANGUL) count++
      last = kind
      continue
    }
    if (kind === LETTER || kind === DIGIT) {
      if (last === OTHER || last === HANGUL) count++
      last = kind
      continue
    }
    if ((last === LETTER || last === DIGIT) && kind !== OTHER && i + 1 < text.length) {
      const next = classOf(text.charCodeAt(i + 1))
      if (next === UNKNOWN) return undefined
      const joinsLetters = last === LETTER && next === LETTER && (kind === MID_LETTER || kind === MID_NUM_LET)
      const joinsDigits = last === DIGIT && next === DIGIT && (kind === MID_NUM || kind === MID_NUM_LET)
      if (joinsLetters || joinsDigits) continue
    }
    last = OTHER
  }
  return count
}
