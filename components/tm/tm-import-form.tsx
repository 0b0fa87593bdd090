'use client'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { usePolledJob } from '@/components/exchange/use-polled-job'
import type { ApiError } from '@/lib/api/api-error'
import { api, problemsOf, type TmImportJob } from '@/lib/api/client'
import { readTmxLanguages, suggestTmxPair, TMX_LANGUAGES_HEAD_BYTES } from '@/lib/formats/read-tmx-languages'
import { createFormatters } from '@/lib/i18n/format'
import { ErrorMessage } from '@/components/ui/error-message'
import { LanguageInput } from '@/components/ui/language-input'
import { ProblemTable } from '@/components/exchange/problem-table'

/**
 * Import a TMX file into the translation memory of a language pair. A small file is imported at once;
 * a large one becomes a background job, whose progress (bytes read) this form follows until it ends.
 */
export function TmImportForm({ maxBytes }: { maxBytes: number }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const [pair, setPair] = useState({ srcLang: '', tgtLang: '' })
  const { srcLang, tgtLang } = pair
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [fileName, setFileName] = useState('')
  const [imported, setImported] = useState<NonNullable<TmImportJob['result']> | null>(null)
  const { jobId, job, running, start } = usePolledJob(api.getTmImportJob, setError)
  const resultRef = useRef<HTMLParagraphElement>(null)

  // The languages the file names fill the fields still empty; its first bytes are enough to read them.
  const onFileChosen = async (file: File | undefined) => {
    if (!file) return
    // A file that cannot be read leaves the fields as they are; the upload will report it.
    const bytes = await file
      .slice(0, TMX_LANGUAGES_HEAD_BYTES)
      .arrayBuffer()
      .catch(() => null)
    if (!bytes) return
    const found = readTmxLanguages(new Uint8Array(bytes))
    setPair((chosen) => suggestTmxPair(found, chosen))
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = new FormData(event.currentTarget).get('file')
    if (!(file instanceof File)) return
    setBusy(true)
    setError(null)
    setImported(null)
    start(null)
    setFileName(file.name)
    const answer = await api.importTmx(file, { srcLang, tgtLang })
    setBusy(false)
    if (!answer.ok) return setError(answer.error)
    if (answer.data.kind === 'imported') setImported(answer.data.result)
    else start(answer.data.jobId)
  }

  const result = imported ?? job?.result ?? null
  const failure = error ?? (job?.status === 'failed' ? job.error : null)
  const problems = failure ? problemsOf(failure) : null
  const fraction = job && job.total > 0 ? Math.min(1, job.processed / job.total) : 0
  // The counts appear below the form, often out of view: focus takes keyboard and screen-reader users
  // there (and scrolls it into view), or they would not learn that the import has finished.
  useEffect(() => {
    if (result) resultRef.current?.focus()
  }, [result])
  return (
    <main className="page">
      <h1>{t('tm.import.title')}</h1>
      <p className="muted">{t('tm.import.intro')}</p>
      <form className="card" onSubmit={(e) => void onSubmit(e)}>
        <div className="form-row">
          <label htmlFor="tm-import-file">{t('tm.import.file', { size: f.bytes(maxBytes) })}</label>
          <input
            id="tm-import-file"
            name="file"
            type="file"
            accept=".tmx,application/xml"
            required
            onChange={(e) => void onFileChosen(e.target.files?.[0])}
          />
        </div>
        <div className="form-row">
          <label htmlFor="tm-import-src">{t('tm.import.srcLang')}</label>
          <LanguageInput
            id="tm-import-src"
            value={srcLang}
            onChange={(lang) => setPair((p) => ({ ...p, srcLang: lang }))}
          />
        </div>
        <div className="form-row">
          <label htmlFor="tm-import-tgt">{t('tm.import.tgtLang')}</label>
          <LanguageInput
            id="tm-import-tgt"
            value={tgtLang}
            onChange={(lang) => setPair((p) => ({ ...p, tgtLang: lang }))}
            exclude={srcLang ? [srcLang] : []}
          />
        </div>
        <button type="submit" className="primary" disabled={busy || running || !srcLang || !tgtLang}>
          {busy ? t('tm.import.uploading') : t('tm.import.submit')}
        </button>
      </form>
      {jobId ? (
        <section className="card" aria-labelledby="tm-import-job-title">
          <h2 id="tm-import-job-title">{t('tm.import.job', { file: fileName })}</h2>
          <p aria-live="polite">
            {t(`exchange.job.status.${job?.status ?? 'queued'}`)} ·{' '}
            {t('tm.import.bytesRead', { read: f.bytes(job?.processed ?? 0), total: f.bytes(job?.total ?? 0) })}
          </p>
          <div
            className="progress"
            role="progressbar"
            aria-label={t('exchange.job.progress', { file: fileName, percent: f.percent(fraction) })}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(fraction * 100)}
            aria-valuetext={f.percent(fraction)}
          >
            <span className="approved" style={{ width: `${fraction * 100}%` }} />
          </div>
        </section>
      ) : null}
      {result ? (
        <p role="status" ref={resultRef} tabIndex={-1}>
          {t('tm.import.done', {
            file: fileName,
            units: f.number(result.units),
            added: f.number(result.added),
            updated: f.number(result.updated),
            unchanged: f.number(result.unchanged),
          })}
        </p>
      ) : null}
      <ErrorMessage error={failure} />
      {problems?.length ? <ProblemTable fileName={fileName} problems={problems} /> : null}
    </main>
  )
}
