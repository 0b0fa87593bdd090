// Deterministic synthetic parallel text for speed tests: seeded PRNG, made-up words, real structure.
export type SyntheticPair = { source: string[]; target: string[]; gold: Array<{ source: number[]; target: number[] }> }

/** Mulberry32: a small seeded PRNG, so every run aligns the same text. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'sa', 'lu', 'ber', 'gi', 'no', 've', 'dra', 'po', 'shi', 'al', 'en', 'tor']

function makeWord(random: () => number): string {
  const count = 1 + Math.floor(random() * 3)
  let word = ''
  for (let k = 0; k < count; k++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)]
  return word
}

/** Source sentence and its "translation": words respelt (a little longer), names and numbers kept. */
function makeSentencePair(random: () => number): [string, string] {
  const length = 4 + Math.floor(random() * 22)
  const source: string[] = []
  const target: string[] = []
  for (let k = 0; k < length; k++) {
    const roll = random()
    if (roll < 0.04) {
      const number = String(Math.floor(random() * 3000))
      source.push(number)
      target.push(number)
    } else if (roll < 0.1) {
      const name = makeWord(random)
      const capital = name.charAt(0).toUpperCase() + name.slice(1)
      source.push(capital)
      target.push(capital)
    } else {
      const word = makeWord(random)
      source.push(word)
      target.push(`${[...word].reverse().join('')}${random() < 0.3 ? 'e' : ''}`)
    }
  }
  const end = random() < 0.1 ? '?' : '.'
  return [`${source.join(' ')}${end}`, `${target.join(' ')}${end}`]
}

/** A document pair with exactly `sourceCount` and `targetCount` segments and its gold alignment. */
export function generateParallel(sourceCount: number, targetCount: number, seed: number): SyntheticPair {
  const random = createRandom(seed)
  const pair: SyntheticPair = { source: [], target: [], gold: [] }
  const push = (sources: string[], targets: string[]) => {
    const link = {
      source: sources.map((_, k) => pair.source.length + k),
      target: targets.map((_, k) => pair.target.length + k),
    }
    pair.source.push(...sources)
    pair.target.push(...targets)
    pair.gold.push(link)
  }
  while (pair.source.length < sourceCount || pair.target.length < targetCount) {
    const sourceLeft = sourceCount - pair.source.length
    const targetLeft = targetCount - pair.target.length
    const [s1, t1] = makeSentencePair(random)
    const roll = random()
    if (sourceLeft === 0) push([], [t1])
    else if (targetLeft === 0) push([s1], [])
    else if (targetLeft > sourceLeft && roll < (targetLeft - sourceLeft) / targetLeft) {
      const cut = t1.indexOf(' ', Math.floor(t1.length / 2))
      if (cut > 0) push([s1], [`${t1.slice(0, cut)}.`, t1.slice(cut + 1)])
      else push([s1], [t1])
    } else if (sourceLeft > targetLeft && roll < (sourceLeft - targetLeft) / sourceLeft) {
      const [s2, t2] = makeSentencePair(random)
      push([s1, s2], [`${t1.slice(0, -1)}, ${t2}`])
    } else if (roll > 0.995) push([s1], [])
    else if (roll > 0.99) push([], [t1])
    else push([s1], [t1])
  }
  return pair
}
