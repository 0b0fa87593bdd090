'use client'
import { useTranslation } from 'react-i18next'
import type { AlignmentQuality } from '@/lib/alignment-ops/review-queue'
import { createFormatters } from '@/lib/i18n/format'
import styles from './alignment.module.css'

/** The review queue switch and counter, and how often the aligner was right on the paragraphs people checked. */
export function AlignmentPanels(props: {
  isReviewing: boolean
  remaining: number
  quality: AlignmentQuality
  onToggleReview: () => void
  onNext: () => void
  onPrevious: () => void
}) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const { quality } = props
  return (
    <div className={styles.panels}>
      <section aria-label={t('alignment.review.title')} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          aria-pressed={props.isReviewing}
          onClick={props.onToggleReview}
        >
          {props.isReviewing ? t('alignment.review.stop') : t('alignment.review.start')}
        </button>
        <span role="status" data-testid="review-remaining" title={t('alignment.review.explain')}>
          {t('alignment.review.remaining', { count: props.remaining })}
        </span>
        {props.isReviewing ? (
          <>
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={props.onPrevious}
              disabled={props.remaining === 0}
            >
              {t('alignment.actions.previousUncertain')}
            </button>
            <button
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={props.onNext}
              disabled={props.remaining === 0}
            >
              {t('alignment.actions.nextUncertain')}
            </button>
          </>
        ) : null}
      </section>
      <section aria-label={t('alignment.quality.title')} data-testid="quality-panel">
        <strong>{t('alignment.quality.title')}: </strong>
        {quality.share === null ? (
          t('alignment.quality.none')
        ) : (
          <span title={t('alignment.quality.explain')} data-testid="quality-share">
            {t('alignment.quality.share', {
              right: quality.right,
              count: quality.checked,
              share: f.percent(quality.share),
            })}
          </span>
        )}
      </section>
    </div>
  )
}
