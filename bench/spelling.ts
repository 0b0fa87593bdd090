// `npm run bench:spelling [lang…]`: per dictionary, the first load (time, heap) and the check time per segment.
import { checkSpelling } from '../lib/spelling/check-spelling'
import { findSpellingDictionary } from '../lib/spelling/dictionaries'
import { loadSpeller } from '../lib/server/spelling/load-speller'

const SEGMENTS: Record<string, string[]> = {
  en: [
    'The first visit of a Korean leader to Moscow was seen as historic by both governments.',
    'The translater recieved the documnet on Monday and sent it back the same evening.',
  ],
  de: [
    'Der erste Besuch eines koreanischen Staatschefs in Moskau galt beiden Regierungen als historisch.',
    'Die Übersetzerin erhielt das Dokumment am Montag und schickte es am selben Abend zurük.',
  ],
  ru: [
    'Первый визит корейского лидера в Москву обе стороны назвали историческим.',
    'Переводчица получила докумeнт в понедельник и вернула его в тотже вечер.',
  ],
}
const langs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(SEGMENTS)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

for (const lang of langs) {
  const dictionary = findSpellingDictionary(lang)
  if (!dictionary) {
    console.log(JSON.stringify({ lang, dictionary: false }))
    continue
  }
  const heapBefore = process.memoryUsage().heapUsed
  const t0 = performance.now()
  const speller = await loadSpeller(dictionary.id)
  const loadMs = performance.now() - t0
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1e6
  const options = { script: dictionary.script, prefixes: dictionary.prefixes, projectWords: new Set<string>() }
  const times = (text: string, runs: number) =>
    Array.from({ length: runs }, () => {
      const start = performance.now()
      checkSpelling(text, speller, options)
      return performance.now() - start
    })
  const [clean = '', typos = ''] = SEGMENTS[lang] ?? SEGMENTS.en!
  const firstTypos = times(typos, 1)[0] ?? 0
  console.log(
    JSON.stringify({
      lang,
      dictionary: dictionary.id,
      loadMs: Math.round(loadMs),
      heapMB: Math.round(heapMB),
      cleanSegmentMs: +median(times(clean, 21)).toFixed(2),
      typoSegmentFirstMs: Math.round(firstTypos),
      typoSegmentCachedMs: +median(times(typos, 21)).toFixed(2),
    }),
  )
}
