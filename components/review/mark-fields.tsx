'use client'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import {
  ERROR_CATEGORIES,
  ERROR_SEVERITIES,
  isErrorCategory,
  isErrorSeverity,
  type ErrorCategory,
  type ErrorMark,
  type ErrorSeverity,
} from '@/lib/review/error-marks'

/** The mark being chosen: none, or a category with its severity (both or neither, as the API wants). */
export type MarkChoice = { category: ErrorCategory; severity: ErrorSeverity } | null

/** The mark as the API takes it: `{ category, severity }` or nothing. */
export function markFields(choice: MarkChoice): Partial<ErrorMark> {
  return choice ? { category: choice.category, severity: choice.severity } : {}
}

/** Two selects for an MQM-style error mark: choosing a category starts at minor; "no mark" clears both. */
export function MarkFields({ value, onChange }: { value: MarkChoice; onChange: (value: MarkChoice) => void }) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div className="mark-fields">
      <label htmlFor={`${id}-category`}>{t('review.mark.category')}</label>
      <select
        id={`${id}-category`}
        value={value?.category ?? ''}
        onChange={(e) => {
          const category = e.target.value
          onChange(isErrorCategory(category) ? { category, severity: value?.severity ?? 'minor' } : null)
        }}
      >
        <option value="">{t('review.mark.none')}</option>
        {ERROR_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(`review.category.${c}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-severity`}>{t('review.mark.severity')}</label>
      <select
        id={`${id}-severity`}
        value={value?.severity ?? ''}
        disabled={!value}
        onChange={(e) => {
          const severity = e.target.value
          if (value && isErrorSeverity(severity)) onChange({ ...value, severity })
        }}
      >
        {value ? null : <option value="">—</option>}
        {ERROR_SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {t(`review.severity.${s}`)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** A mark shown on a comment: "Terminology · Major". */
export function MarkBadge({ category, severity }: { category: ErrorCategory | null; severity: ErrorSeverity | null }) {
  const { t } = useTranslation()
  if (!category || !severity) return null
  return (
    <span className={`mark-badge ${severity}`} data-testid="error-mark">
      {t(`review.category.${category}`)} · {t(`review.severity.${severity}`)}
    </span>
  )
}
