'use client'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { AssistContext } from '@/components/assist/assist-context'
import { ErrorMessage } from '@/components/ui/error-message'
import { WordDiff } from '@/components/ui/word-diff'
import type { TmMatch } from '@/lib/api/client'
import { wordDiff } from '@/lib/text/word-diff'
import { formatCombo, KEYMAP, matchesCombo } from '@/lib/workbench/keymap'
import { useTmMatches } from './use-tm-matches'

const isApple = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/**
 * The translation memory's best matches for the active segment: the percentage (101 in context), the
 * memory's source with the words that differ from this one marked, its translation and where it comes
 * from. Ctrl+1…5 or the button puts a match into the target. A failed lookup is said, not shown as no matches.
 */
export function TmMatchesSection({ context }: { context: AssistContext }) {
  const { t } = useTranslation()
  const { matches, error } = useTmMatches({
    srcLang: context.sourceLang,
    tgtLang: context.lang,
    text: context.sourceText,
    prev: context.previousSourceText,
    next: context.nextSourceText,
    segment: context.segmentId,
  })
  const insert = useRef<(k: number) => boolean>(() => false)
  useEffect(() => {
    insert.current = (k) => {
      const match = matches[k]
      if (!match) return false
      context.replaceTarget(match.targetContent)
      return true
    }
  })
  useEffect(() => {
    // Capture: before the workbench and the editor see the keys.
    const onKey = (event: KeyboardEvent) => {
      const k = KEYMAP.insertMatch.findIndex((combo) => matchesCombo(event, combo, isApple()))
      if (k < 0 || !insert.current(k)) return
      event.preventDefault()
      event.stopPropagation()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])
  if (error)
    return (
      <section className="tm-matches" aria-label={t('tm.matches.title')}>
        <h3>{t('tm.matches.title')}</h3>
        <ErrorMessage error={error} hint={t('tm.matches.failed')} />
      </section>
    )
  if (matches.length === 0) return null
  return (
    <section className="tm-matches" aria-label={t('tm.matches.title')}>
      <h3>{t('tm.matches.title')}</h3>
      <ol>
        {matches.map((match, k) => (
          <MatchItem
            key={k}
            match={match}
            combo={formatCombo(KEYMAP.insertMatch[k] ?? '', isApple())}
            currentSource={context.sourceText}
            context={context}
            onInsert={() => insert.current(k)}
          />
        ))}
      </ol>
    </section>
  )
}

function MatchItem(props: {
  match: TmMatch
  combo: string
  currentSource: string
  context: AssistContext
  onInsert: () => void
}) {
  const { t, i18n } = useTranslation()
  const { match } = props
  const label =
    match.kind === 'context'
      ? t('tm.matches.inContext')
      : match.kind === 'exact'
        ? t('tm.matches.exact')
        : t('tm.matches.fuzzy')
  return (
    <li className={`tm-match tm-${match.kind}`} aria-label={t('tm.matches.item', { score: match.score, label })}>
      <span className="tm-score" title={label}>
        {t('tm.matches.score', { score: match.score })}
        {match.kind !== 'fuzzy' ? <span className="tm-kind">{label}</span> : null}
      </span>
      <span className="tm-source">
        <WordDiff parts={wordDiff(props.currentSource, match.source)} lang={props.context.sourceLang} />
      </span>
      <span className="tm-target" lang={props.context.lang} dangerouslySetInnerHTML={{ __html: match.targetHtml }} />
      <span className="tm-origin">
        {t('tm.matches.origin', {
          origin: match.originLabel || match.origin,
          date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(match.updatedAt)),
        })}
      </span>
      <button type="button" onClick={props.onInsert} title={props.combo}>
        {t('tm.matches.insert')} <kbd>{props.combo}</kbd>
      </button>
    </li>
  )
}
