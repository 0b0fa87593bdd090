'use client'
import { useTranslation } from 'react-i18next'
import type { AlignmentRow as Row } from '@/lib/server/alignment/alignment-view'
import { createFormatters } from '@/lib/i18n/format'
import styles from './alignment.module.css'
import { SentencePairsEditor } from './sentence-pairs-editor'

/** The label and style of a link's state: confirmed, automatic (with confidence) or unconfirmed. */
function useLinkState(row: Row) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  if (row.confirmed) return { label: t('alignment.state.confirmed'), className: styles.done }
  if (row.origin === 'auto' && row.confidence !== null)
    return { label: t('alignment.state.automatic', { confidence: f.percent(row.confidence) }), className: styles.auto }
  return { label: t('alignment.state.unconfirmed'), className: styles.unconfirmed }
}

/** One link: number, type and state on the left, source paragraphs and target segments side by side. */
export function AlignmentRow(props: {
  row: Row
  number: number
  isCursor: boolean
  isExpanded: boolean
  documentId: string
  sourceLang: string
  lang: string
  onSelect: () => void
}) {
  const { t } = useTranslation()
  const { row } = props
  const state = useLinkState(row)
  const className = [styles.row, props.isCursor ? styles.cursor : '', row.confirmed ? styles.confirmed : ''].join(' ')
  const side = (parts: Row['sources'], lang: string) => (
    <div className={styles.cell} role="cell" lang={lang}>
      {parts.length === 0 ? (
        <span className={styles.none}>{t('alignment.noCounterpart')}</span>
      ) : (
        parts.map((p) => <div key={p.id} className={styles.part} dangerouslySetInnerHTML={{ __html: p.html }} />)
      )}
    </div>
  )
  return (
    <div
      role="row"
      aria-label={t('alignment.rowLabel', { number: props.number, type: row.type, state: state.label })}
      aria-selected={props.isCursor}
      tabIndex={props.isCursor ? 0 : -1}
      data-type={row.type}
      data-state={row.confirmed ? 'confirmed' : row.origin}
      className={className}
      onClick={props.onSelect}
    >
      <div className={styles.meta} role="cell">
        <span>{props.number}</span>
        <span
          className={`${styles.type} ${row.type === '1:1' ? '' : styles.irregular}`}
          title={t('alignment.linkType', { type: row.type })}
        >
          {row.type}
        </span>
        <span className={`${styles.state} ${state.className}`}>{state.label}</span>
      </div>
      {side(row.sources, props.sourceLang)}
      {side(row.targets, props.lang)}
      {props.isExpanded ? (
        <div className={styles.sentences}>
          <SentencePairsEditor
            key={`${row.sources.map((x) => x.id).join()}|${row.targets.map((x) => x.id).join()}`}
            documentId={props.documentId}
            lang={props.lang}
            sourceLang={props.sourceLang}
            linkId={row.linkId}
            number={props.number}
          />
        </div>
      ) : null}
    </div>
  )
}
