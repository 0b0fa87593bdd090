import { useTranslation } from 'react-i18next'
import type { QaSeverity } from '@/lib/qa/types'

const ICONS: Record<QaSeverity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' }

/** A severity's icon, named for screen readers. */
export function SeverityIcon({ severity }: { severity: QaSeverity }) {
  const { t } = useTranslation()
  return (
    <span
      className={`qa-icon qa-${severity}`}
      role="img"
      aria-label={t(`qa.severity.${severity}`)}
      title={t(`qa.severity.${severity}`)}
    >
      {ICONS[severity]}
    </span>
  )
}
