'use client'
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type ConcordanceHit, type ConcordanceSide, type TmPair } from '@/lib/api/client'
import { pagePaths } from '@/lib/paths'
import { HighlightedText } from './highlighted-text'
import { Modal } from '@/components/ui/modal'

const SIDES: ConcordanceSide[] = ['both', 'source', 'target']
const DEBOUNCE_MS = 250

/**
 * Searches the translation memory for a word or phrase: the hits highlighted on both sides, the document
 * each comes from, a choice of language pair, side, and whether case and diacritics count.
 */
export function ConcordanceDialog(props: {
  srcLang: string
  tgtLang: string
  initialQuery: string
  onClose: () => void
}) {
  const { t } = useTranslation()
  const titleId = useId()
  const [query, setQuery] = useState(props.initialQuery)
  const [pair, setPair] = useState(`${props.srcLang}|${props.tgtLang}`)
  const [pairs, setPairs] = useState<TmPair[]>([])
  const [side, setSide] = useState<ConcordanceSide>('both')
  const [ignoreCase, setIgnoreCase] = useState(true)
  const [ignoreDiacritics, setIgnoreDiacritics] = useState(false)
  const [hits, setHits] = useState<{ key: string; list: ConcordanceHit[] } | null>(null)
  const [srcLang = '', tgtLang = ''] = pair.split('|')
  const key = JSON.stringify([query.trim(), pair, side, ignoreCase, ignoreDiacritics])

  useEffect(() => {
    void api.tmPairs().then((result) => result.ok && setPairs(result.data))
  }, [])
  useEffect(() => {
    if (query.trim() === '') return
    let isCurrent = true
    const timer = setTimeout(() => {
      void api
        .tmConcordance({ srcLang, tgtLang, q: query.trim(), side, ignoreCase, ignoreDiacritics })
        .then((result) => isCurrent && setHits({ key, list: result.ok ? result.data : [] }))
    }, DEBOUNCE_MS)
    return () => {
      isCurrent = false
      clearTimeout(timer)
    }
    // Everything the search depends on is in `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const options = pairs.some((p) => `${p.srcLang}|${p.tgtLang}` === pair)
    ? pairs
    : [{ srcLang, tgtLang, units: 0 }, ...pairs]
  const shown = hits?.key === key && query.trim() !== '' ? hits.list : null
  return (
    <Modal className="concordance" labelledBy={titleId} onClose={props.onClose}>
      <h2 id={titleId}>{t('tm.concordance.title')}</h2>
      <div className="concordance-controls">
        <input
          type="search"
          autoFocus
          value={query}
          aria-label={t('tm.concordance.query')}
          placeholder={t('tm.concordance.query')}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label>
          {t('tm.concordance.pair')}{' '}
          <select value={pair} onChange={(e) => setPair(e.target.value)}>
            {options.map((p) => (
              <option key={`${p.srcLang}|${p.tgtLang}`} value={`${p.srcLang}|${p.tgtLang}`}>
                {t('tm.concordance.pairOption', { src: p.srcLang, tgt: p.tgtLang, units: p.units })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tm.concordance.side')}{' '}
          <select value={side} onChange={(e) => setSide(e.target.value as ConcordanceSide)}>
            {SIDES.map((s) => (
              <option key={s} value={s}>
                {t(`tm.concordance.sides.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={ignoreCase} onChange={(e) => setIgnoreCase(e.target.checked)} />{' '}
          {t('tm.concordance.ignoreCase')}
        </label>
        <label>
          <input type="checkbox" checked={ignoreDiacritics} onChange={(e) => setIgnoreDiacritics(e.target.checked)} />{' '}
          {t('tm.concordance.ignoreDiacritics')}
        </label>
      </div>
      {shown === null ? null : shown.length === 0 ? (
        <p role="status">{t('tm.concordance.none')}</p>
      ) : (
        <table className="list" aria-label={t('tm.concordance.results')}>
          <tbody>
            {shown.map((hit, k) => (
              <tr key={k}>
                <td>
                  <HighlightedText text={hit.source} hits={hit.sourceHits} lang={srcLang} />
                </td>
                <td>
                  <HighlightedText text={hit.target} hits={hit.targetHits} lang={tgtLang} />
                </td>
                <td className="tm-origin">
                  {hit.documentId ? (
                    <a href={pagePaths.document(hit.documentId)}>{hit.originLabel || hit.origin}</a>
                  ) : (
                    hit.originLabel || hit.origin
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ textAlign: 'end' }}>
        <button type="button" onClick={props.onClose}>
          {t('common.close')}
        </button>
      </p>
    </Modal>
  )
}
