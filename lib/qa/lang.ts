// Intl.Locale is slow to make, and the checks ask for every word of a report (4.4 of 10.5 s for 20,000
// rows); the tags are a document's few languages, kept up to MAX_CACHED each.
const MAX_CACHED = 64
const primaryOf = new Map<string, string>()
const scriptOf = new Map<string, string | undefined>()

function remember<T>(cache: Map<string, T>, tag: string, value: T): T {
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(tag, value)
  return value
}

/** The primary language subtag, lowercased: `pt-BR` → `pt`; '' for a tag Intl cannot read. */
export function primaryLang(tag: string): string {
  let found = primaryOf.get(tag)
  if (found === undefined) {
    try {
      found = new Intl.Locale(tag).language.toLowerCase()
    } catch {
      found = ''
    }
    remember(primaryOf, tag, found)
  }
  return found
}

/**
 * The ISO 15924 script a language is written in: the tag's own (`sr-Latn`) or its likely one from
 * CLDR (`ru` → `Cyrl`, `ko` → `Kore`, `ja` → `Jpan`); undefined when unknown.
 */
export function likelyScript(tag: string): string | undefined {
  if (scriptOf.has(tag)) return scriptOf.get(tag)
  let found: string | undefined
  try {
    found = new Intl.Locale(tag).maximize().script
  } catch {
    found = undefined
  }
  return remember(scriptOf, tag, found)
}
