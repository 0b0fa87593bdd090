import { languageName } from '../languages'
import { formatBytes } from './format'

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string')

/**
 * The parameters of an error or problem message: its details plus what they mean in the UI language,
 * `maxBytes` → `size` ("5 MB"), a language code `lang` → `language` ("Russian"), and a list of codes
 * `langs` → `languages` ("English and Russian"). The messages choose which they show.
 */
export function messageParams(details: Record<string, unknown>, locale: string): Record<string, unknown> {
  const params: Record<string, unknown> = { ...details }
  const maxBytes = Number(details.maxBytes)
  if (details.maxBytes !== undefined && details.maxBytes !== null && Number.isFinite(maxBytes))
    params.size = formatBytes(locale)(maxBytes)
  if (typeof details.lang === 'string') params.language = languageName(details.lang, locale)
  if (isStringArray(details.langs))
    params.languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
      details.langs.map((lang) => languageName(lang, locale)),
    )
  return params
}
