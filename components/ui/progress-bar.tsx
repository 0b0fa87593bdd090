'use client'
import { useTranslation } from 'react-i18next'
import type { Progress } from '@/lib/workbench/progress'
import { FINISHED_STATUSES, SEGMENT_STATUSES, type SegmentStatus } from '@/lib/workbench/segment-states'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'

// Most finished first; the empty part is the rest of the bar.
const SHOWN = [...SEGMENT_STATUSES].reverse().filter((s) => s !== 'empty')
const LEGEND = [...SHOWN, 'empty'] as const

/** One language's progress: a stacked bar by words, with counts in its accessible name and tooltip. */
export function ProgressBar({ lang, progress }: { lang: string; progress: Progress }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const { total, byStatus } = progress
  const done = FINISHED_STATUSES.reduce((sum, s) => sum + byStatus[s].count, 0)
  const doneWords = FINISHED_STATUSES.reduce((sum, s) => sum + byStatus[s].words, 0)
  const fraction = total.words > 0 ? doneWords / total.words : total.count > 0 ? done / total.count : 0
  const name = languageName(lang, i18n.language)
  const summary = t('progress.summary', {
    translated: f.number(done),
    total: f.number(total.count),
    words: f.number(doneWords),
    totalWords: f.number(total.words),
  })
  const byWords = total.words > 0
  const parts = Object.fromEntries(SHOWN.map((s) => [s, byWords ? byStatus[s].words : byStatus[s].count]))
  return (
    <div className="progress-row">
      <span>{name}</span>
      <StackedBar
        label={t('progress.label', { lang: name, percent: f.percent(fraction) })}
        parts={parts}
        total={byWords ? total.words : total.count}
        max={total.count}
        done={done}
        summary={summary}
      />
      <span className="muted" aria-hidden="true">
        {f.percent(fraction)}
      </span>
    </div>
  )
}

/** The colour key for progress bars. */
export function ProgressLegend() {
  const { t } = useTranslation()
  return (
    <div className="legend">
      {LEGEND.map((s) => (
        <span key={s}>
          <i style={{ background: `var(--${s})` }} />
          {t(`status.${s}`)}
        </span>
      ))}
    </div>
  )
}

/**
 * A stacked bar of parts of a whole, coloured by status (most finished first), with `label` as its
 * accessible name and `summary` as its value text and tooltip: the My work page's segments and words.
 */
export function StackedBar({
  label,
  parts,
  total,
  max = total,
  done,
  summary,
}: {
  label: string
  /** How much of `total` each status has. */
  parts: Partial<Record<SegmentStatus, number>>
  total: number
  /** The value range, when it counts other units than `parts` (a bar by words valued in segments). */
  max?: number
  done: number
  summary: string
}) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={done}
      aria-valuetext={summary}
      title={summary}
    >
      {SHOWN.map((status) => {
        const share = total > 0 ? (parts[status] ?? 0) / total : 0
        return share > 0 ? <span key={status} className={status} style={{ width: `${share * 100}%` }} /> : null
      })}
    </div>
  )
}
