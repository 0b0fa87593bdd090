'use client'
import { useTranslation } from 'react-i18next'
import type { AssistContext } from './assist-context'
import { ASSIST_SECTIONS } from './sections'

/** Under the active segment, where the eye already is: each section (matches, terms, warnings) in turn. */
export function AssistPanel({ context }: { context: AssistContext }) {
  const { t } = useTranslation()
  if (ASSIST_SECTIONS.length === 0) return null
  return (
    <section className="wb-assist" aria-label={t('assist.title')}>
      {ASSIST_SECTIONS.map(({ id, Component }) => (
        <Component key={`${id}:${context.segmentId}`} context={context} />
      ))}
    </section>
  )
}
