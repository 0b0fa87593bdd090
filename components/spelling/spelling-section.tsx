'use client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssistContext } from '@/components/assist/assist-context'
import { api } from '@/lib/api/client'
import { useSpelling, type PlacedMisspelling } from './use-spelling'

/**
 * The spelling of the active target: each misspelled word (underlined in the editor too) with its
 * suggestions as buttons that replace it, and "Add to dictionary". Alt+F7 comes here from the editor.
 */
export function SpellingSection({ context }: { context: AssistContext }) {
  const { t } = useTranslation()
  const { editor, lang } = context
  const { state, recheck } = useSpelling(editor, lang)
  const [error, setError] = useState(false)
  if (!state) return null
  if (!state.dictionary)
    return (
      <p className="spelling-none" data-spelling-section="">
        {t('spelling.noDictionary', { lang })}
      </p>
    )
  if (state.misspellings.length === 0) return null

  const replace = (m: PlacedMisspelling, suggestion: string) => {
    if (!editor || editor.isDestroyed || editor.state.doc.textBetween(m.from, m.to) !== m.word) return recheck()
    editor.chain().focus().insertContentAt({ from: m.from, to: m.to }, suggestion).run()
  }
  const addWord = async (m: PlacedMisspelling) => {
    const added = await api.addSpellingWord(lang, m.word)
    setError(!added.ok)
    recheck()
    editor?.commands.focus()
  }

  return (
    <section className="spelling" aria-label={t('spelling.title')} data-spelling-section="">
      <h3>{t('spelling.title')}</h3>
      {error && <p role="alert">{t('spelling.addFailed')}</p>}
      <ul>
        {state.misspellings.map((m) => (
          <li key={`${m.start}:${m.word}`} data-from={m.from} data-to={m.to}>
            <span className="misspelled-word" lang={lang}>
              {m.word}
            </span>{' '}
            {m.suggestions.length === 0 && <span className="muted">{t('spelling.noSuggestions')}</span>}
            {m.suggestions.map((s) => (
              <button
                key={s}
                type="button"
                lang={lang}
                aria-label={t('spelling.replace', { word: m.word, suggestion: s })}
                onClick={() => replace(m, s)}
              >
                {s}
              </button>
            ))}
            <button type="button" aria-label={t('spelling.addLabel', { word: m.word })} onClick={() => void addWord(m)}>
              {t('spelling.add')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
