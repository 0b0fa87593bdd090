'use client'
import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { usePolledJob } from '@/components/exchange/use-polled-job'
import type { ApiError } from '@/lib/api/api-error'
import { namesInLanguages } from '@/lib/corpus/names-in-languages'
import { api, type FolderImportInput, type FolderImportJob } from '@/lib/api/client'
import type { UnpairedFile } from '@/lib/corpus/pair-uploads'
import { createFormatters } from '@/lib/i18n/format'
import { pagePaths } from '@/lib/paths'
import { ErrorMessage } from '@/components/ui/error-message'
import { LanguageInput } from '@/components/ui/language-input'

const DOCUMENT_TYPES = '.txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html'
type Mode = 'zips' | 'files'

/**
 * Import a folder of translated documents: two zips (paired by the names inside) or many files
 * (`name.de.txt` + `name.fr.txt`). A background job makes one document per pair; this form follows
 * its progress and lists each pair's document or error.
 */
export function ImportFolderForm({ maxFileBytes, maxFormBytes }: { maxFileBytes: number; maxFormBytes: number }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const [mode, setMode] = useState<Mode>('zips')
  const [sourceLang, setSourceLang] = useState('en')
  const [targetLang, setTargetLang] = useState('')
  const [sourceZip, setSourceZip] = useState<File | null>(null)
  const [targetZip, setTargetZip] = useState<File | null>(null)
  const [files, setFiles] = useState<File[]>([])
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  // The languages of the import started last, which its results are read with.
  const [jobLangs, setJobLangs] = useState({ sourceLang: '', targetLang: '' })
  const { jobId, job, running, start } = usePolledJob(api.getFolderImportJob, setError)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    const chosen = mode === 'zips' ? [sourceZip, targetZip].filter((file) => file !== null) : files
    if (mode === 'zips' ? chosen.length < 2 : files.length < 2)
      return setError({ code: 'import.folderFiles', params: {} })
    if (chosen.reduce((sum, file) => sum + file.size, 0) > maxFormBytes)
      return setError({ code: 'import.tooLarge', params: { maxBytes: maxFormBytes } })
    const input: FolderImportInput =
      mode === 'zips'
        ? { sourceLang, targetLang, sourceZip: sourceZip!, targetZip: targetZip! }
        : { sourceLang, targetLang, files }
    setBusy(true)
    try {
      const result = await api.importFolder(input)
      if (!result.ok) return setError(result.error)
      setJobLangs({ sourceLang, targetLang })
      start(result.data.jobId)
    } finally {
      setBusy(false)
    }
  }

  const [cancelling, setCancelling] = useState(false)
  const cancel = async () => {
    if (!jobId) return
    setCancelling(true)
    try {
      const result = await api.cancelImportJob(jobId)
      // A job that ended meanwhile says so; the poll shows how it ended either way.
      if (!result.ok && result.error.code !== 'import.jobEnded') setError(result.error)
    } finally {
      setCancelling(false)
    }
  }

  const fraction = job && job.total > 0 ? job.processed / job.total : 0
  const wasCancelled = job?.status === 'failed' && job.error?.code === 'import.cancelled'
  return (
    <main className="page">
      <h1>{t('importFolder.title')}</h1>
      <form className="card" onSubmit={(e) => void onSubmit(e)}>
        <p className="muted">{t('importFolder.hint', { size: f.bytes(maxFileBytes) })}</p>
        <fieldset className="form-row">
          <legend>{t('importFolder.mode')}</legend>
          {(['zips', 'files'] as const).map((m) => (
            <label key={m} style={{ display: 'block' }}>
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
              {t(`importFolder.modes.${m}`)}
            </label>
          ))}
        </fieldset>
        <div className="form-row">
          <label htmlFor="folder-source-lang">{t('importFolder.sourceLang')}</label>
          <LanguageInput id="folder-source-lang" value={sourceLang} onChange={setSourceLang} required />
        </div>
        <div className="form-row">
          <label htmlFor="folder-target-lang">{t('importFolder.targetLang')}</label>
          <LanguageInput
            id="folder-target-lang"
            value={targetLang}
            onChange={setTargetLang}
            exclude={[sourceLang]}
            required
          />
        </div>
        {mode === 'zips' ? (
          <>
            <div className="form-row">
              <label htmlFor="source-zip">{t('importFolder.sourceZip')}</label>
              <input
                id="source-zip"
                type="file"
                accept=".zip,application/zip"
                onChange={(e) => setSourceZip(e.target.files?.[0] ?? null)}
              />
            </div>
            <div className="form-row">
              <label htmlFor="target-zip">{t('importFolder.targetZip')}</label>
              <input
                id="target-zip"
                type="file"
                accept=".zip,application/zip"
                onChange={(e) => setTargetZip(e.target.files?.[0] ?? null)}
              />
            </div>
          </>
        ) : (
          <div className="form-row">
            <label htmlFor="folder-files">{t('importFolder.files')}</label>
            <input
              id="folder-files"
              type="file"
              multiple
              accept={DOCUMENT_TYPES}
              aria-describedby="folder-files-hint"
              onChange={(e) => setFiles([...(e.target.files ?? [])])}
            />
            <span id="folder-files-hint" className="muted">
              {t('importFolder.filesHint')}
            </span>
          </div>
        )}
        <ErrorMessage error={error} />
        <div>
          <button type="submit" className="primary" disabled={busy || running}>
            {busy ? t('importFolder.uploading') : t('importFolder.submit')}
          </button>
        </div>
      </form>
      {jobId ? (
        <section className="card" aria-labelledby="folder-job-title">
          <h2 id="folder-job-title">{t('importFolder.job')}</h2>
          <p aria-live="polite">
            {job?.status === 'done'
              ? t('importFolder.done')
              : wasCancelled
                ? t('importFolder.cancelled')
                : job?.status === 'failed'
                  ? t('importFolder.failed')
                  : t('importFolder.progress', {
                      done: f.number(job?.processed ?? 0),
                      total: f.number(job?.total ?? 0),
                    })}
          </p>
          <div
            className="progress"
            role="progressbar"
            aria-label={t('importFolder.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(fraction * 100)}
          >
            <span className="approved" style={{ width: `${fraction * 100}%` }} />
          </div>
          {running ? (
            <button type="button" disabled={cancelling} onClick={() => void cancel()}>
              {t('importFolder.cancel')}
            </button>
          ) : null}
          {job?.status === 'failed' ? <ErrorMessage error={job.error} /> : null}
          {job?.result ? <FolderImportResults result={job.result} {...jobLangs} /> : null}
        </section>
      ) : null}
    </main>
  )
}

function FolderImportResults({
  result,
  sourceLang,
  targetLang,
}: {
  result: NonNullable<FolderImportJob['result']>
  sourceLang: string
  targetLang: string
}) {
  const { t } = useTranslation()
  const describeUnpaired = (file: UnpairedFile) => {
    if (file.reason !== 'noLanguage') return t(`importFolder.reasons.${file.reason}`)
    const [source = '', target = ''] = namesInLanguages(file.fileName, [sourceLang, targetLang])
    return t('importFolder.reasons.noLanguage', { source, target })
  }
  return (
    <>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t('importFolder.columns.pair')}</th>
            <th scope="col">{t('importFolder.columns.result')}</th>
          </tr>
        </thead>
        <tbody>
          {result.pairs.map((pair) => (
            <tr key={pair.name}>
              <td>
                {pair.documentId ? <Link href={pagePaths.document(pair.documentId)}>{pair.name}</Link> : pair.name}
              </td>
              <td>
                {pair.error ? (
                  <>
                    {pair.fileName ? <span>{pair.fileName}: </span> : null}
                    <ErrorMessage error={pair.error} />
                  </>
                ) : pair.documentId ? (
                  <Link href={pagePaths.align(pair.documentId, targetLang)}>
                    {t('importFolder.openAlignment', { name: pair.name })}
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.unpaired.length > 0 ? (
        <>
          <h3>{t('importFolder.unpaired', { count: result.unpaired.length })}</h3>
          <ul>
            {result.unpaired.map((file) => (
              <li key={file.fileName}>
                {file.fileName}: {describeUnpaired(file)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
