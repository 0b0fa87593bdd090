'use client'
import Link from 'next/link'
import { useTranslation } from 'react-i18next'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'
import type { SaveState } from '@/lib/workbench/autosave'
import { formatCombo, KEYMAP } from '@/lib/workbench/keymap'
import { SEGMENT_STATUSES, type SegmentStatus } from '@/lib/workbench/segment-states'
import { ReferencePicker } from './reference-picker'
import { SaveIndicator } from './save-indicator'
import type { ReferenceColumn } from './types'
import type { Offline } from './use-segment-store'

/** The editor's title bar: back, status filter, Find, reference languages, row count, save state, shortcuts. */
export function WorkbenchBar(props: {
  documentId: string
  title: string
  lang: string
  otherLangs: string[]
  filter: SegmentStatus | 'all'
  onFilter: (filter: SegmentStatus | 'all') => void
  query: string
  onQuery: (query: string) => void
  references: ReferenceColumn[]
  onReferences: (references: ReferenceColumn[]) => void
  rowCount: number
  addFailed: boolean
  saveState: SaveState
  /** The server could not be reached on the last try (edits are kept in the browser meanwhile). */
  offline?: Offline
  /** The live events stream has been lost for a while: others' changes do not arrive until it is back. */
  liveLost?: boolean
  isApple: boolean
  onShowKeys: () => void
  /** Offered when the person may edit the language */
  onPretranslate?: () => void
  /** The person may not edit this language: a note says so */
  readOnly?: boolean
}) {
  const { t, i18n } = useTranslation()
  return (
    <div className="wb-bar">
      <Link href={pagePaths.document(props.documentId)}>← {t('common.back')}</Link>
      <h1 title={props.title}>
        {t('workbench.title', { title: props.title, lang: languageName(props.lang, i18n.language) })}
      </h1>
      <Link href={pagePaths.qaReport(props.documentId, props.lang)}>{t('qa.report.link')}</Link>
      <label>
        <span className="skip">{t('workbench.filter')}</span>
        <select
          aria-label={t('workbench.filter')}
          value={props.filter}
          onChange={(e) => props.onFilter(e.target.value as SegmentStatus | 'all')}
        >
          <option value="all">{t('status.all')}</option>
          {SEGMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <input
        type="search"
        aria-label={t('workbench.find')}
        placeholder={t('workbench.find')}
        value={props.query}
        onChange={(e) => props.onQuery(e.target.value)}
      />
      <ReferencePicker
        documentId={props.documentId}
        langs={props.otherLangs}
        selected={props.references}
        onChange={props.onReferences}
      />
      <span className="muted">{t('workbench.rowsShown', { count: props.rowCount })}</span>
      <Link href={pagePaths.align(props.documentId, props.lang)}>{t('alignment.open')}</Link>
      {props.onPretranslate ? (
        <button type="button" aria-haspopup="dialog" onClick={props.onPretranslate}>
          {t('tm.pretranslate.button')}
        </button>
      ) : null}
      <span style={{ flex: 1 }} />
      {props.readOnly ? (
        <span className="read-only-note" role="status" data-testid="read-only">
          {t('workbench.readOnly', { language: languageName(props.lang, i18n.language) })}
        </span>
      ) : null}
      {props.addFailed ? (
        <span className="error" role="alert">
          {t('workbench.addSegmentFailed')}
        </span>
      ) : null}
      {props.liveLost ? (
        <span className="live-state" role="status" data-testid="live-state" title={t('workbench.live.lostHint')}>
          {t('workbench.live.lost')}
        </span>
      ) : null}
      <SaveIndicator saveState={props.saveState} offline={props.offline ?? null} />
      <button type="button" onClick={props.onShowKeys} title={formatCombo(KEYMAP.help[0], props.isApple)}>
        {t('workbench.shortcuts')}
      </button>
    </div>
  )
}

/** Said in place of the rows when the filter and Find leave none, with a way back to all rows. */
export function NoMatches({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="wb-empty" role="status">
      <p>{t('workbench.noMatches')}</p>
      <button type="button" onClick={onClear}>
        {t('workbench.clearFilters')}
      </button>
    </div>
  )
}
