'use client'
import Link from 'next/link'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'
import { qaMessage, type QaTranslate } from '@/lib/qa/qa-message'
import type { QaIssue } from '@/lib/qa/types'
import { SeverityIcon } from './severity-icon'

export type QaReportRow = QaIssue & {
  segmentId: string
  row: number
  ignored: { reason: string; by: string | null } | null
}

type Props = {
  documentId: string
  title: string
  lang: string
  counts: { error: number; warning: number; info: number; ignored: number }
  issues: QaReportRow[]
}

/** The quality report of one language: counts, then every finding by segment, each linked to its segment in the editor. */
export function QaReport({ documentId, title, lang, counts, issues }: Props) {
  const { t, i18n } = useTranslation()
  const translate = t as unknown as QaTranslate
  const [showIgnored, setShowIgnored] = useState(false)
  const shown = issues.filter((i) => showIgnored || !i.ignored)
  return (
    <main className="qa-report">
      <p>
        <Link href={pagePaths.translate(documentId, lang)}>← {t('qa.report.back')}</Link>
      </p>
      <h1>{t('qa.report.heading', { title, lang: languageName(lang, i18n.language) })}</h1>
      <dl className="qa-counts">
        <dt>{t('qa.report.errors')}</dt>
        <dd>{counts.error}</dd>
        <dt>{t('qa.report.warnings')}</dt>
        <dd>{counts.warning}</dd>
        <dt>{t('qa.report.notes')}</dt>
        <dd>{counts.info}</dd>
        <dt>{t('qa.report.ignoredCount')}</dt>
        <dd>{counts.ignored}</dd>
      </dl>
      <label>
        <input type="checkbox" checked={showIgnored} onChange={(e) => setShowIgnored(e.target.checked)} />{' '}
        {t('qa.report.showIgnored')}
      </label>
      {shown.length === 0 ? (
        <p>{t('qa.report.none')}</p>
      ) : (
        <table className="qa-table">
          <thead>
            <tr>
              <th scope="col">{t('qa.report.segment')}</th>
              <th scope="col">{t('qa.report.check')}</th>
              <th scope="col">{t('qa.report.message')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue, index) => (
              <tr key={index} className={`qa-issue-row qa-${issue.severity}${issue.ignored ? ' ignored' : ''}`}>
                <td>
                  <Link
                    href={pagePaths.segmentInEditor(documentId, lang, issue.segmentId)}
                    aria-label={t('qa.report.open', { number: issue.row })}
                  >
                    {issue.row}
                  </Link>
                </td>
                <td>
                  <SeverityIcon severity={issue.severity} /> {t(`qa.check.${issue.check}`)}
                </td>
                <td>
                  {qaMessage(issue, translate, i18n.language)}
                  {issue.ignored ? (
                    <div className="qa-reason">{t('qa.panel.ignored', { reason: issue.ignored.reason })}</div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  )
}
