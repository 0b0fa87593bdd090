'use client'
import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { api, problemsOf, type ExchangeImportResult, type Problem } from '@/lib/api/client'
import { ErrorMessage } from '@/components/ui/error-message'
import { createFormatters } from '@/lib/i18n/format'
import { languageName } from '@/lib/languages'
import { ImportJobs } from './import-jobs'
import { ImportSkipped } from './import-skipped'
import { LanguageInput } from '@/components/ui/language-input'
import { ProblemTable } from './problem-table'
import { pagePaths } from '@/lib/paths'

type Refusal = { fileName: string; problems: Problem[] }

/** Upload a TMX, XLIFF or JSON file: small files import at once, large ones become a background job. */
type TargetDocument = { id: string; title: string; sourceLang: string; paragraphCount: number; createdAt: string }

export function ImportFileForm({
  maxBytes,
  documents,
  canImportMemory,
}: {
  maxBytes: number
  documents: TargetDocument[]
  /** Whether to offer the import of a TMX into the translation memory (an admin's right). */
  canImportMemory: boolean
}) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const [busy, setBusy] = useState(false)
  const [imported, setImported] = useState<ExchangeImportResult | null>(null)
  const [queued, setQueued] = useState(false)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [refreshKey, setRefreshKey] = useState(0)
  const [documentId, setDocumentId] = useState('')
  const [sourceLang, setSourceLang] = useState('')
  const [targetLang, setTargetLang] = useState('')

  const languagesOf = (result: ExchangeImportResult) =>
    result.languages.map((l) => languageName(l, i18n.language)).join(', ')

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const fields = new FormData(form)
    const file = fields.get('file')
    if (!(file instanceof File)) return
    const target = {
      documentId: String(fields.get('documentId') ?? ''),
      update: fields.get('update') === '1',
      sourceLang,
      targetLang,
    }
    setBusy(true)
    setImported(null)
    setQueued(false)
    setRefusal(null)
    setError(null)
    const result = await api.importFile(file, target)
    setBusy(false)
    if (result.ok) {
      // Done or queued: the form starts afresh for the next file.
      form.reset()
      setDocumentId('')
      setSourceLang('')
      setTargetLang('')
    }
    if (result.ok && result.data.kind === 'imported') return setImported(result.data.result)
    if (result.ok) {
      setQueued(true)
      return setRefreshKey((k) => k + 1)
    }
    const problems = problemsOf(result.error)
    if (problems) setRefusal({ fileName: file.name, problems })
    setError(result.error)
    // The file leaves a language open: take the person to the field that settles it.
    const field = { 'import.noTargetLang': 'import-target-lang', 'import.noSourceText': 'import-source-lang' }[
      result.error.code as string
    ]
    if (field) document.getElementById(field)?.focus()
  }

  return (
    <main className="page">
      <h1>{t('exchange.import.title')}</h1>
      <p className="muted">
        {t('exchange.import.intro')} <Link href={pagePaths.check()}>{t('exchange.import.checkFirst')}</Link>
        {canImportMemory ? (
          <>
            {' '}
            <Link href={pagePaths.memoryImport()}>{t('exchange.import.intoMemory')}</Link>
          </>
        ) : null}
      </p>
      <form className="card" onSubmit={(e) => void onSubmit(e)}>
        <div className="form-row">
          <label htmlFor="import-file">{t('exchange.import.fileLabel', { size: f.bytes(maxBytes) })}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".tmx,.xlf,.xliff,.json,application/xml,application/json"
            required
          />
        </div>
        <div className="form-row">
          <label htmlFor="import-target">{t('exchange.import.target')}</label>
          <select
            id="import-target"
            name="documentId"
            value={documentId}
            onChange={(e) => setDocumentId(e.target.value)}
          >
            <option value="">{t('exchange.import.newDocument')}</option>
            {documents.map((d) => (
              <option
                key={d.id}
                value={d.id}
              >{`${d.title} (${d.sourceLang}, ${t('documents.paragraphCount', { count: d.paragraphCount })}, ${createFormatters(i18n.language).date(d.createdAt)})`}</option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label>
            <input
              type="checkbox"
              name="update"
              value="1"
              disabled={documentId === ''}
              aria-describedby="import-update-hint"
            />{' '}
            {t('exchange.import.update')}
          </label>
          <p id="import-update-hint" className="muted">
            {t('exchange.import.updateHint')}
          </p>
        </div>
        <fieldset className="form-row">
          <legend>{t('exchange.import.languages')}</legend>
          <p id="import-languages-hint" className="muted">
            {t('exchange.import.languagesHint')}
          </p>
          <label htmlFor="import-source-lang">{t('exchange.import.sourceLang')}</label>
          <LanguageInput id="import-source-lang" value={sourceLang} onChange={setSourceLang} required={false} />
          <label htmlFor="import-target-lang">{t('exchange.import.targetLang')}</label>
          <LanguageInput
            id="import-target-lang"
            value={targetLang}
            onChange={setTargetLang}
            exclude={sourceLang ? [sourceLang] : []}
            required={false}
          />
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('exchange.import.importing') : t('exchange.import.submit')}
        </button>
        <ErrorMessage
          error={error}
          hint={
            error?.code === 'translation.exists'
              ? t('exchange.import.existsUpdateHint', { option: t('exchange.import.update') })
              : undefined
          }
        />
      </form>
      {imported ? (
        <p role="status">
          {imported.updated === undefined
            ? t('exchange.import.imported', { title: imported.title, languages: languagesOf(imported) })
            : t('exchange.import.updated', {
                title: imported.title,
                languages: languagesOf(imported),
                updated: f.number(imported.updated),
                unchanged: f.number(imported.unchanged ?? 0),
              })}{' '}
          <Link href={pagePaths.document(imported.documentId)}>{t('exchange.import.openDocument')}</Link>
        </p>
      ) : null}
      {imported ? <ImportSkipped result={imported} /> : null}
      {queued ? <p role="status">{t('exchange.import.background')}</p> : null}
      {refusal ? (
        <section>
          <p>{t('exchange.import.refused')}</p>
          <ProblemTable fileName={refusal.fileName} problems={refusal.problems} />
        </section>
      ) : null}
      <ImportJobs refreshKey={refreshKey} />
    </main>
  )
}
