'use client'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssistContext } from '@/components/assist/assist-context'
import type { TermMatch } from '@/lib/api/glossary-client'
import { formatCombo, insertTermCombo, isComposing, matchesCombo } from '@/lib/workbench/keymap'
import { useGlossaryMatches } from './use-glossary-matches'

/** Each term once, in the order it first appears in the source; at most 9 get a key. */
function distinctTerms(matches: TermMatch[]): TermMatch[] {
  const seen = new Set<string>()
  return matches.filter((m) => !seen.has(m.termId) && seen.add(m.termId))
}

/**
 * The assist panel's glossary section: the terms found in the active segment's source with their target
 * terms (and forbidden variants); Ctrl+Shift+1…9 (⌘ on Apple) or a click inserts a target at the cursor.
 */
export function GlossarySection({ context }: { context: AssistContext }) {
  const { t } = useTranslation()
  const matches = useGlossaryMatches(true, context.sourceLang, context.lang, context.sourceHtml)
  const terms = distinctTerms(matches)
  const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
  const insert = useRef(context.insertText)
  useEffect(() => {
    insert.current = context.insertText
  })
  useEffect(() => {
    if (terms.length === 0) return
    // Capture phase: before the editor's own keys (Ctrl+Shift+7/8 toggle lists in Tiptap).
    const onKey = (event: KeyboardEvent) => {
      if (isComposing(event)) return
      if (event.target instanceof Element && event.target.closest('[data-own-keys]')) return
      const n = terms.findIndex((_, i) => i < 9 && matchesCombo(event, insertTermCombo(i + 1), isApple))
      if (n < 0) return
      event.preventDefault()
      event.stopPropagation()
      insert.current(terms[n]!.targetTerm)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [terms, isApple])
  if (terms.length === 0) return null
  return (
    <div className="wb-assist-section glossary-terms" aria-label={t('assist.glossary.title')} role="group">
      <h3>{t('assist.glossary.title')}</h3>
      <ol>
        {terms.map((term, i) => {
          const combo = i < 9 ? formatCombo(insertTermCombo(i + 1), isApple) : ''
          return (
            <li key={term.termId}>
              <span lang={context.sourceLang}>{term.sourceTerm}</span>
              {' → '}
              <button
                type="button"
                lang={context.lang}
                title={t('assist.glossary.insert', { term: term.targetTerm, combo })}
                // Keep the live editor focused: its blur would save and re-render first.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => context.insertText(term.targetTerm)}
              >
                {term.targetTerm}
              </button>
              {combo ? <kbd>{combo}</kbd> : null}
              {term.forbidden.length > 0 ? (
                <span className="muted" lang={context.lang}>
                  {' '}
                  {t('assist.glossary.forbidden', { variants: term.forbidden.join(', ') })}
                </span>
              ) : null}
            </li>
          )
        })}
      </ol>
    </div>
  )
}
