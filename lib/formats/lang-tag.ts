/** Canonical BCP 47 form of a language tag (`en-us` → `en-US`); unknown shapes are returned trimmed. */
const canonical = new Map<string, string>()

export function normalizeLangTag(tag: string): string {
  const known = canonical.get(tag)
  if (known !== undefined) return known
  const value = canonicalize(tag)
  if (canonical.size < 1000) canonical.set(tag, value)
  return value
}

function canonicalize(tag: string): string {
  const trimmed = tag.trim().replace(/_/g, '-')
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? trimmed
  } catch {
    return trimmed
  }
}

/** True when a string is a well-formed BCP 47 tag. */
export function isLangTag(tag: string): boolean {
  if (canonical.has(tag)) return true
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}
