import { useTranslation } from 'react-i18next'
import { StrokeIcon } from '@/components/ui/stroke-icon'
import type { QaSeverity } from '@/lib/qa/types'

/**
 * Drawn, not emoji: a machine without an emoji font showed "⛔" as an empty box. A stop sign with a
 * cross, a warning triangle, an information circle.
 */
const ICONS: Record<QaSeverity, string> = {
  error: 'M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9z M15 9l-6 6 M9 9l6 6',
  warning: 'M12 3 2 20h20z M12 10v4 M12 17.5v.01',
  info: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z M12 11v6 M12 7.5v.01',
}

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
      <StrokeIcon d={ICONS[severity]} size={14} />
    </span>
  )
}
