'use client'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageInput } from '@/components/ui/language-input'
import { canonicalLanguage, languageName } from '@/lib/languages'

/** A person's languages: each a removable chip, one more added through the language field (none = all). */
export function LangsField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string
  value: string[]
  onChange: (langs: string[]) => void
  disabled?: boolean
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const [draft, setDraft] = useState('')
  const add = () => {
    const tag = canonicalLanguage(draft) ?? draft.trim()
    if (tag && !value.includes(tag)) onChange([...value, tag])
    setDraft('')
  }
  return (
    <fieldset className="langs-field" disabled={disabled}>
      <legend>{label}</legend>
      {value.length === 0 && <span className="muted">{t('users.allLanguages')}</span>}
      {value.map((lang) => (
        <button
          key={lang}
          type="button"
          className="chip"
          onClick={() => onChange(value.filter((l) => l !== lang))}
          aria-label={t('users.removeLanguage', { language: languageName(lang, i18n.language) })}
        >
          {lang} ×
        </button>
      ))}
      <label htmlFor={`${id}-lang`} className="visually-hidden">
        {t('users.addLanguage')}
      </label>
      <span
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            add()
          }
        }}
      >
        <LanguageInput id={`${id}-lang`} value={draft} onChange={setDraft} exclude={value} required={false} />
      </span>
      <button type="button" onClick={add} disabled={!draft.trim()}>
        {t('users.addLanguage')}
      </button>
    </fieldset>
  )
}
