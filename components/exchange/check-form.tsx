'use client'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { api, type CheckResponse } from '@/lib/api/client'
import { ErrorMessage } from '@/components/ui/error-message'
import { createFormatters } from '@/lib/i18n/format'
import { ProblemTable } from './problem-table'

/** Upload a TMX, XLIFF or JSON file and see every problem in it, nothing imported. */
export function CheckForm({ maxBytes }: { maxBytes: number }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const [report, setReport] = useState<CheckResponse | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    if (!(file instanceof File)) return
    setBusy(true)
    setError(null)
    setReport(null)
    const result = await api.checkFile(file)
    setBusy(false)
    if (!result.ok) return setError(result.error)
    setReport(result.data)
  }

  const errors = report?.problemCount ?? 0
  return (
    <main className="page">
      <h1>{t('exchange.check.title')}</h1>
      <p className="muted">{t('exchange.check.intro')}</p>
      <form className="card" onSubmit={(e) => void onSubmit(e)}>
        <div className="form-row">
          <label htmlFor="check-file">{t('exchange.import.fileLabel', { size: f.bytes(maxBytes) })}</label>
          <input
            id="check-file"
            name="file"
            type="file"
            accept=".tmx,.xlf,.xliff,.json,application/xml,application/json"
            required
          />
        </div>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('exchange.check.checking') : t('exchange.check.submit')}
        </button>
        <ErrorMessage error={error} />
      </form>
      {report ? (
        <section aria-live="polite">
          <p role="status">
            {report.ok && errors === 0
              ? t('exchange.check.valid', { count: report.units, format: report.format.toUpperCase() })
              : t('exchange.check.problemCount', { count: errors })}
          </p>
          {errors > 0 ? (
            <ProblemTable fileName={report.fileName} problems={report.problems} total={report.problemCount} />
          ) : null}
        </section>
      ) : null}
    </main>
  )
}
