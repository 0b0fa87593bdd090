'use client'
import { useTranslation } from 'react-i18next'
import type { DiffPart } from '@/lib/text/word-diff'

/**
 * A word diff as text: added words underlined in <ins>, removed ones struck through in <del>, so the
 * change does not rest on colour alone; screen readers hear "added:" and "removed:" in the UI language.
 * `lang` and `dir` are the text's (the target language), not the UI's.
 */
export function WordDiff({ parts, lang, dir }: { parts: readonly DiffPart[]; lang: string; dir?: 'ltr' | 'rtl' }) {
  const { t, i18n } = useTranslation()
  const label = (key: 'diff.added' | 'diff.removed') => (
    <span className="sr-only" lang={i18n.language}>
      {t(key)}{' '}
    </span>
  )
  return (
    <span className="word-diff" lang={lang} dir={dir}>
      {parts.map((part, k) =>
        part.kind === 'added' ? (
          <ins key={k}>
            {label('diff.added')}
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={k}>
            {label('diff.removed')}
            {part.text}
          </del>
        ) : (
          <span key={k}>{part.text}</span>
        ),
      )}
    </span>
  )
}
