/** The primary language subtag, lowercased: `pt-BR` → `pt`; '' for a tag Intl cannot read. */
export function primaryLang(tag: string): string {
  try {
    return new Intl.Locale(tag).language.toLowerCase()
  } catch {
    return ''
  }
}

/**
 * The ISO 15924 script a language is written in: the tag's own (`sr-Latn`) or its likely one from
 * CLDR (`ru` → `Cyrl`, `ko` → `Kore`, `ja` → `Jpan`); undefined when unknown.
 */
export function likelyScript(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script
  } catch {
    return undefined
  }
}
