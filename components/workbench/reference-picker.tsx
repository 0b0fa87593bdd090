'use client'
import { useTranslation } from 'react-i18next'
import { api } from '@/lib/api/client'
import { languageName } from '@/lib/languages'
import type { ReferenceColumn } from './types'

/** Adds up to two other target languages as read-only reference columns. */
export function ReferencePicker({
  documentId,
  langs,
  selected,
  onChange,
}: {
  documentId: string
  langs: string[]
  selected: ReferenceColumn[]
  onChange: (columns: ReferenceColumn[]) => void
}) {
  const { t, i18n } = useTranslation()
  if (langs.length === 0) return null
  const add = async (lang: string) => {
    if (!lang || selected.some((c) => c.lang === lang)) return
    const translation = await api.getTranslation(documentId, lang)
    if (!translation.ok) return
    const htmlBySource: Record<string, string> = {}
    for (const row of translation.data.rows) {
      const first = row.sourceParagraphIds[0]
      if (first) htmlBySource[first] = row.targets.map((x) => x.html).join('')
    }
    onChange([...selected, { lang, htmlBySource }].slice(-2))
  }
  return (
    <>
      <select aria-label={t('workbench.addReference')} value="" onChange={(e) => void add(e.target.value)}>
        <option value="">{t('workbench.addReference')}</option>
        {langs.map((l) => (
          <option key={l} value={l}>
            {languageName(l, i18n.language)}
          </option>
        ))}
      </select>
      {selected.map((c) => (
        <button
          key={c.lang}
          type="button"
          onClick={() => onChange(selected.filter((x) => x.lang !== c.lang))}
          aria-label={`${t('common.close')}: ${languageName(c.lang, i18n.language)}`}
        >
          {languageName(c.lang, i18n.language)} ✕
        </button>
      ))}
    </>
  )
}
