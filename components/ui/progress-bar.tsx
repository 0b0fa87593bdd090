'use client'
import { useTranslation } from 'react-i18next'
import type { Progress } from '@/lib/workbench/progress'
import { FINISHED_STATUSES, SEGMENT_STATUSES } from '@/lib/workbench/segment-states'
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
  return (
    <div className="progress-row" title={summary}>
      <span>{name}</span>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('progress.label', { lang: name, percent: f.percent(fraction) })}
        aria-valuemin={0}
        aria-valuemax={total.count}
        aria-valuenow={done}
        aria-valuetext={summary}
      >
        {SHOWN.map((status) => {
          const share =
            total.words > 0
              ? byStatus[status].words / total.words
              : total.count > 0
                ? byStatus[status].count / total.count
                : 0
          return share > 0 ? <span key={status} className={status} style={{ width: `${share * 100}%` }} /> : null
        })}
      </div>
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
