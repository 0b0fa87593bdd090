'use client'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { canonicalLanguage, COMMON_LANGUAGES, languageName } from '@/lib/languages'

/** A BCP 47 language field with a searchable list of language names in the UI language; a typed name ("Spanish") becomes its code on leaving the field. */
export function LanguageInput({
  id,
  value,
  onChange,
  exclude,
  required = true,
}: {
  id: string
  value: string
  onChange: (tag: string) => void
  exclude?: string[]
  /** Off where the field adds to a list and may stay empty. */
  required?: boolean
}) {
  const { i18n } = useTranslation()
  const options = useMemo(
    () =>
      COMMON_LANGUAGES.filter((tag) => !exclude?.includes(tag))
        .map((tag) => ({ tag, name: languageName(tag, i18n.language) }))
        .sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [i18n.language, exclude],
  )
  return (
    <>
      <input
        id={id}
        list={`${id}-list`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => onChange(canonicalLanguage(value) ?? value)}
        autoComplete="off"
        spellCheck={false}
        required={required}
      />
      <datalist id={`${id}-list`}>
        {options.map((o) => (
          <option key={o.tag} value={o.tag}>{`${o.name} (${o.tag})`}</option>
        ))}
      </datalist>
    </>
  )
}
