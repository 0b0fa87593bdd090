'use client'
import Link from 'next/link'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createFormatters } from '@/lib/i18n/format'
import { messageParams } from '@/lib/i18n/message-params'
import { api, problemsOf, type ImportJob } from '@/lib/api/client'
import { ImportSkipped } from './import-skipped'
import { ProblemTable } from './problem-table'
import { pagePaths } from '@/lib/paths'

const isActive = (job: ImportJob) => job.status === 'queued' || job.status === 'running'
const POLL_MS = 1000

/** Recent background imports, polled while one is queued or running, so a page left and reopened picks them up. */
export function ImportJobs({ refreshKey }: { refreshKey: number }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const [jobs, setJobs] = useState<ImportJob[] | null>(null)
  const hasActive = jobs?.some(isActive) ?? false

  useEffect(() => {
    let stopped = false
    const load = async () => {
      const result = await api.listImportJobs()
      if (!stopped && result.ok) setJobs(result.data)
    }
    void load()
    const timer = hasActive ? setInterval(() => void load(), POLL_MS) : undefined
    return () => {
      stopped = true
      if (timer) clearInterval(timer)
    }
  }, [hasActive, refreshKey])

  if (!jobs || jobs.length === 0) return null
  const tDynamic = t as unknown as (key: string, options?: Record<string, unknown>) => string
  return (
    <section aria-labelledby="jobs-title">
      <h2 id="jobs-title">{t('exchange.import.recent')}</h2>
      <table className="list reflow">
        <thead>
          <tr>
            <th scope="col">{t('exchange.job.columns.file')}</th>
            <th scope="col">{t('exchange.job.columns.started')}</th>
            <th scope="col">{t('exchange.job.columns.status')}</th>
            <th scope="col">{t('exchange.job.columns.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => {
            const fraction = job.total > 0 ? job.processed / job.total : 0
            const file = job.fileName ?? job.id
            const problems = job.error ? problemsOf(job.error) : null
            return (
              <tr key={job.id}>
                <td>{file}</td>
                <td data-label={t('exchange.job.columns.started')}>{f.date(job.createdAt)}</td>
                <td data-label={t('exchange.job.columns.status')}>
                  {t(`exchange.job.status.${job.status}`)}
                  {job.status === 'done' && job.result ? (
                    <>
                      {' '}
                      ·{' '}
                      <Link href={pagePaths.document(job.result.documentId)}>{t('exchange.import.openDocument')}</Link>
                      <ImportSkipped result={job.result} compact />
                    </>
                  ) : null}
                  {job.status === 'failed' && job.error ? (
                    <div className="error">
                      {i18n.exists(`errors.${job.error.code}`)
                        ? tDynamic(`errors.${job.error.code}`, messageParams(job.error.params, i18n.language))
                        : t('errors.generic')}
                      {problems?.length ? <ProblemTable fileName={file} problems={problems} /> : null}
                    </div>
                  ) : null}
                </td>
                <td data-label={t('exchange.job.columns.progress')}>
                  <div
                    className="progress"
                    role="progressbar"
                    aria-label={t('exchange.job.progress', { file, percent: f.percent(fraction) })}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(fraction * 100)}
                    aria-valuetext={f.percent(fraction)}
                  >
                    <span className="approved" style={{ width: `${fraction * 100}%` }} />
                  </div>
                  <span className="muted">{f.percent(fraction)}</span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
