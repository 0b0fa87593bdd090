'use client'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { findAlignmentAction, type AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'
import { sentencePairState } from '@/lib/alignment-ops/sentence-pair-state'
import { api, type SentencePairView } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { useSentenceEditing } from './sentence-editing'
import { SentenceSplitDialog } from './sentence-split-dialog'
import type { Operation } from './use-alignment'
import styles from './sentence-pairs-editor.module.css'

/** The sentence operation a paragraph-link key means on the pair at `index`, or null. */
function toSentenceOperation(
  action: AlignmentAction,
  linkId: string,
  index: number,
  pair: SentencePairView,
): Operation | null {
  switch (action) {
    case 'merge':
      return { op: 'sentence-merge', linkId, index, with: 'previous' }
    case 'moveTargetUp':
      return { op: 'sentence-move-up', linkId, index, side: 'target' }
    case 'moveTargetDown':
      return { op: 'sentence-move-down', linkId, index, side: 'target' }
    case 'moveSourceUp':
      return { op: 'sentence-move-up', linkId, index, side: 'source' }
    case 'moveSourceDown':
      return { op: 'sentence-move-down', linkId, index, side: 'source' }
    case 'sourceAlone':
      return { op: 'sentence-no-counterpart', linkId, index, side: 'source' }
    case 'targetAlone':
      return { op: 'sentence-no-counterpart', linkId, index, side: 'target' }
    case 'confirm':
      return { op: 'sentence-confirm', linkId, index, confirmed: !pair.confirmed }
    case 'undo':
    case 'redo':
      return { op: action }
    default:
      return null
  }
}

/**
 * The sentence pairs of one link, editable with the keys of the paragraph links: a list with its own
 * cursor; every edit goes through the view's `run`, so it shares the version and the undo stack.
 */
export function SentencePairsEditor({
  documentId,
  lang,
  sourceLang,
  linkId,
  number,
}: {
  documentId: string
  lang: string
  sourceLang: string
  linkId: string
  number: number
}) {
  const { t, i18n } = useTranslation()
  const editing = useSentenceEditing()
  const [pairs, setPairs] = useState<SentencePairView[] | null>(null)
  const [cursor, setCursor] = useState(0)
  const [isSplitting, setSplitting] = useState(false)
  const list = useRef<HTMLOListElement>(null)
  const version = editing?.version
  const isActive = editing?.editing === linkId

  useEffect(() => {
    let live = true
    void api
      .listSentencePairs(documentId, lang, linkId)
      .then((result) => (result.ok ? result.data : []))
      .catch(() => [])
      .then((found) => {
        if (live) setPairs(found)
      })
    return () => {
      live = false
    }
  }, [documentId, lang, linkId, version])

  useEffect(() => {
    if (isActive && pairs) list.current?.focus()
  }, [isActive, pairs])

  const at = pairs ? Math.max(0, Math.min(cursor, pairs.length - 1)) : 0
  useEffect(() => {
    list.current?.querySelector(`[data-pair="${at}"]`)?.scrollIntoView?.({ block: 'nearest' })
  }, [at])

  if (!pairs) return <p>{t('common.loading')}</p>
  if (pairs.length === 0) return <p className={styles.none}>{t('alignment.noSentences')}</p>
  const f = createFormatters(i18n.language)

  const onKeyDown = async (event: KeyboardEvent<HTMLOListElement>) => {
    if (!editing || (event.target as HTMLElement).closest('[role="dialog"]')) return
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      return editing.onLeave(linkId, false)
    }
    const action = findAlignmentAction(event.nativeEvent, editing.isApple)
    if (!action || action === 'help') return
    // Inside the pairs the link keys act on sentences; none reaches the links.
    event.preventDefault()
    event.stopPropagation()
    if (action === 'previous') return setCursor(Math.max(0, at - 1))
    if (action === 'next') return setCursor(Math.min(pairs.length - 1, at + 1))
    if (action === 'first') return setCursor(0)
    if (action === 'last') return setCursor(pairs.length - 1)
    if (action === 'sentences') return editing.onLeave(linkId, true)
    if (action === 'split')
      return pairs[at]!.sourceSentences.length + pairs[at]!.targetSentences.length > 1 ? setSplitting(true) : undefined
    const operation = toSentenceOperation(action, linkId, at, pairs[at]!)
    if (!operation) return
    const next = await editing.run(operation)
    if (next && operation.op === 'sentence-merge') setCursor(Math.max(0, at - 1))
  }

  const side = (text: string, lang: string) =>
    text === '' ? <span className={styles.none}>{t('alignment.noCounterpart')}</span> : <span lang={lang}>{text}</span>
  return (
    <>
      <p className={styles.hint} id={`sentence-hint-${linkId}`}>
        {t('alignment.sentenceEditor.hint')}
      </p>
      <ol
        ref={list}
        className={styles.list}
        role="listbox"
        tabIndex={0}
        aria-label={t('alignment.sentenceEditor.label', { number })}
        aria-describedby={`sentence-hint-${linkId}`}
        aria-activedescendant={`sentence-${linkId}-${at}`}
        aria-busy={editing?.busy}
        onFocus={() => editing?.onEnter(linkId)}
        onKeyDown={(event) => void onKeyDown(event)}
      >
        {pairs.map((pair, k) => {
          const isManual = pair.origin === 'manual'
          const pairState = sentencePairState(pair)
          const state =
            pairState.kind === 'confirmed'
              ? t('alignment.sentenceEditor.confirmed')
              : pairState.kind === 'automatic'
                ? t('alignment.state.automatic', { confidence: f.percent(pairState.confidence) })
                : pairState.kind === 'noCounterpart'
                  ? t('alignment.state.noCounterpart')
                  : t('alignment.state.unconfirmed')
          return (
            <li
              key={`${pair.position}|${pair.sourceText}|${pair.targetText}`}
              id={`sentence-${linkId}-${k}`}
              data-pair={k}
              role="option"
              aria-selected={k === at}
              data-state={pair.confirmed ? 'confirmed' : 'unconfirmed'}
              data-origin={pair.origin}
              className={[styles.pair, k === at ? styles.cursor : '', pair.confirmed ? styles.confirmed : ''].join(' ')}
              onClick={() => {
                setCursor(k)
                list.current?.focus()
              }}
            >
              <span className={styles.meta}>
                <span>{k + 1}</span>
                <span className={styles.badge}>
                  {pair.confirmed ? '✓ ' : ''}
                  {state}
                </span>
                {isManual ? <span className={styles.badge}>✎ {t('alignment.sentenceEditor.edited')}</span> : null}
              </span>
              <span className={styles.text}>{side(pair.sourceText, sourceLang)}</span>
              <span className={styles.text}>{side(pair.targetText, lang)}</span>
            </li>
          )
        })}
      </ol>
      {isSplitting && pairs[at] ? (
        <SentenceSplitDialog
          pair={pairs[at]}
          onClose={() => {
            setSplitting(false)
            list.current?.focus()
          }}
          onSplit={(sourceCount, targetCount) => {
            setSplitting(false)
            list.current?.focus()
            void editing?.run({ op: 'sentence-split', linkId, index: at, sourceCount, targetCount })
          }}
        />
      ) : null}
    </>
  )
}
