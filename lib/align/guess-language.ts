const SCRIPTS: Array<[string, RegExp]> = [
  ['hangul', /\p{Script=Hangul}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['thai', /\p{Script=Thai}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['georgian', /\p{Script=Georgian}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['latin', /\p{Script=Latin}/u],
]

const SINGLE_SCRIPT: Record<string, string> = {
  hangul: 'ko',
  greek: 'el',
  hebrew: 'he',
  thai: 'th',
  devanagari: 'hi',
  georgian: 'ka',
  armenian: 'hy',
}

// Frequent short words and telltale letters of Latin-script languages; the best match wins.
const LATIN_CLUES: Array<[string, RegExp, RegExp]> = [
  ['en', /^(the|and|of|to|is|in|that|with|for|was|this|are)$/, /(?!)/],
  ['de', /^(der|die|das|und|ist|nicht|mit|den|ein|eine|auf|sich|zu)$/, /[äöüß]/],
  ['fr', /^(le|la|les|et|des|est|une|dans|pour|que|qui|du|au)$/, /[èêçœ]/],
  ['es', /^(el|los|las|y|del|es|una|por|con|que|para|se)$/, /[ñ¿¡]/],
  ['it', /^(il|gli|di|che|è|della|per|non|sono|con|del)$/, /(?!)/],
  ['pt', /^(o|os|as|e|do|da|não|uma|com|para|que|em)$/, /[ãõ]/],
  ['nl', /^(de|het|een|en|van|niet|zijn|met|voor|dat|op)$/, /ĳ/],
  ['is', /^(og|að|er|í|á|ekki|sem|til|við|um|það)$/, /[ðþ]/],
  ['sv', /^(och|att|det|som|är|inte|för|med|på|jag)$/, /(?!)/],
  ['da', /^(og|at|det|som|er|ikke|for|med|på|jeg|af)$/, /ø/],
  ['pl', /^(i|w|nie|się|na|jest|że|do|to|z)$/, /[łąęśźżń]/],
  ['cs', /^(a|je|se|na|že|to|v|ve|jsou|pro)$/, /[řěů]/],
  ['tr', /^(ve|bir|bu|da|de|için|ile|çok|ne)$/, /[ğış]/],
]

function count(text: string, pattern: RegExp): number {
  let total = 0
  for (const char of text) if (pattern.test(char)) total++
  return total
}

function guessCyrillic(text: string): string {
  if (/[іїєґ]/iu.test(text)) return 'uk'
  if (/[ђћџљњј]/iu.test(text)) return 'sr'
  if (/ў/iu.test(text)) return 'be'
  if (!/[ыэ]/iu.test(text) && /ъ/iu.test(text)) return 'bg'
  return 'ru'
}

function guessLatin(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  let best = 'en'
  let bestScore = 0
  for (const [lang, frequent, letters] of LATIN_CLUES) {
    const score = words.filter((word) => frequent.test(word)).length + 2 * count(text.toLowerCase(), letters)
    if (score > bestScore) {
      best = lang
      bestScore = score
    }
  }
  return best
}

/** Guesses a BCP 47 language tag from the script of the text and, for Latin script, frequent words. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20_000)
  const letters = new Map<string, number>()
  for (const char of sample) {
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0]
    if (script) letters.set(script, (letters.get(script) ?? 0) + 1)
  }
  if ((letters.get('kana') ?? 0) > 0 && (letters.get('kana') ?? 0) >= 0.05 * ((letters.get('han') ?? 0) + 1))
    return 'ja'
  const [top] = [...letters].filter(([script]) => script !== 'kana').sort((x, y) => y[1] - x[1])
  if (!top) return 'und'
  const script = top[0]
  if (script === 'han') return 'zh'
  if (script === 'cyrillic') return guessCyrillic(sample)
  if (script === 'arabic') return /[پچژگ]/u.test(sample) ? (/[ٹڈڑے]/u.test(sample) ? 'ur' : 'fa') : 'ar'
  if (script === 'latin') return guessLatin(sample)
  return SINGLE_SCRIPT[script] ?? 'und'
}
