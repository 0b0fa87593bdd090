'use client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '@/lib/api/client'
import { qaMessage, type QaTranslate } from '@/lib/qa/qa-message'
import type { AssistContext } from '@/components/assist/assist-context'
import { IgnoreDialog } from './ignore-dialog'
import type { LiveIssue } from './live-issues'
import { ignoresOf, setIgnores } from './qa-ignores-store'
import { SeverityIcon } from './severity-icon'
import { useLiveIssues } from './use-live-issues'

/** The quality warnings of the active segment, live as the person types; each can be ignored with a reason. */
export function QaSection({ context }: { context: AssistContext }) {
  const { t, i18n } = useTranslation()
  const { segmentId } = context
  const { issues: found, text } = useLiveIssues(segmentId, context)
  // An empty target needs no saying while one moves through segments; confirming it still asks.
  const issues = found.filter((issue) => issue.check !== 'empty')
  const [ignoring, setIgnoring] = useState<{ issue: LiveIssue; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  if (issues.length === 0) return null

  const ignore = async (reason: string) => {
    if (!ignoring) return
    setBusy(true)
    const result = await api.ignoreQaCheck(segmentId, { check: ignoring.issue.check, reason, text })
    setBusy(false)
    setFailed(!result.ok)
    if (!result.ok) return
    setIgnores(segmentId, [...ignoresOf(segmentId).filter((i) => i.check !== ignoring.issue.check), result.data.ignore])
    setIgnoring(null)
    context.editor?.commands.focus()
  }
  const unignore = async (check: string) => {
    const result = await api.unignoreQaCheck(segmentId, check)
    if (result.ok)
      setIgnores(
        segmentId,
        ignoresOf(segmentId).filter((i) => i.check !== check),
      )
  }

  return (
    <div className="qa-section" role="region" aria-label={t('qa.panel.title')}>
      <ul className="qa-issues">
        {issues.map((issue, index) => {
          const message = qaMessage(issue, t as unknown as QaTranslate, i18n.language)
          return (
            <li
              key={`${issue.check}:${issue.messageKey}:${index}`}
              className={`qa-issue qa-${issue.severity}${issue.ignored ? ' ignored' : ''}`}
            >
              <SeverityIcon severity={issue.severity} />
              <span className="qa-message">{message}</span>
              {issue.ignored ? (
                <>
                  <span className="qa-reason">{t('qa.panel.ignored', { reason: issue.ignored.reason })}</span>
                  <button type="button" onClick={() => void unignore(issue.check)}>
                    {t('qa.panel.unignore')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setIgnoring({ issue, message })}>
                  {t('qa.panel.ignore')}
                </button>
              )}
            </li>
          )
        })}
      </ul>
      {ignoring ? (
        <IgnoreDialog
          message={ignoring.message}
          busy={busy}
          failed={failed}
          onCancel={() => {
            setIgnoring(null)
            setFailed(false)
          }}
          onSubmit={(reason) => void ignore(reason)}
        />
      ) : null}
    </div>
  )
}
