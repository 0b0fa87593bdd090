import { z } from 'zod'

/** Longest tag accepted: RFC 5646 asks storage to allow 35 characters, and no real tag needs more. */
const MAX_TAG_LENGTH = 35
const canonical = new Map<string, string | null>()

/**
 * The one rule for a language tag, on every way in: its canonical BCP 47 form (`en-us` → `en-US`,
 * `pt_BR` → `pt-BR`), or null when it is not a well-formed tag. A canonical tag holds only letters,
 * digits and hyphens, so it is safe in a path or an attribute.
 */
export function canonicalLangTag(tag: string): string | null {
  const known = canonical.get(tag)
  if (known !== undefined) return known
  const value = canonicalize(tag)
  if (canonical.size < 1000) canonical.set(tag, value)
  return value
}

function canonicalize(tag: string): string | null {
  const trimmed = tag.trim().replace(/_/g, '-')
  if (trimmed.length === 0 || trimmed.length > MAX_TAG_LENGTH) return null
  try {
    const [value] = Intl.getCanonicalLocales(trimmed)
    return value !== undefined && /^[A-Za-z0-9-]+$/.test(value) ? value : null
  } catch {
    return null
  }
}

/** True when a string is a well-formed BCP 47 tag. */
export function isLangTag(tag: string): boolean {
  return canonicalLangTag(tag) !== null
}

/** Canonical form of a tag already known to be valid (stored ones); anything else is returned trimmed. */
export function normalizeLangTag(tag: string): string {
  return canonicalLangTag(tag) ?? tag.trim()
}

/** Language tags that name the same language for an import: equal, or one a subtag prefix of the other (`en`, `en-US`). */
export function sameLanguage(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  return x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`)
}

/** A language tag in a request or a file: canonicalized, or the issue `language.invalid` naming the tag. */
export const LangTagSchema = z.string().transform((tag, ctx) => {
  const value = canonicalLangTag(tag)
  if (value === null) {
    ctx.addIssue({ code: 'custom', message: 'language.invalid', params: { lang: tag } })
    return z.NEVER
  }
  return value
})
