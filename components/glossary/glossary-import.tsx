'use client'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import type { ApiError } from '@/lib/api/api-error'
import { glossaryApi, type ImportGlossaryResult } from '@/lib/api/glossary-client'
import type { LangPair } from '@/lib/glossary/term'

// A CSV names the row a spreadsheet shows; a TBX file has numbered entries. Without a term, the place alone.
const SKIPPED_KEY = { csv: 'glossary.import.skippedRow', tbx: 'glossary.import.skippedEntry' } as const
const SKIPPED_NO_TERM_KEY = {
  csv: 'glossary.import.skippedRowNoTerm',
  tbx: 'glossary.import.skippedEntryNoTerm',
} as const

/**
 * Imports a CSV or TBX file into the pair and shows what was added, updated and skipped (with why), until
 * `isLatest` says another action on the page has happened since (`onStart` tells the page an import began).
 */
export function GlossaryImport({
  pair,
  onImported,
  onStart,
  isLatest = true,
}: {
  pair: LangPair
  onImported: () => void
  onStart?: () => void
  isLatest?: boolean
}) {
  const { t } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [result, setResult] = useState<ImportGlossaryResult | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const hintId = useId()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return
    onStart?.()
    setBusy(true)
    const answer = await glossaryApi.importFile(pair, file)
    setBusy(false)
    setError(answer.ok ? null : answer.error)
    setResult(answer.ok ? answer.data : null)
    if (answer.ok) onImported()
  }
  return (
    <form className="stack glossary-import" aria-label={t('glossary.import.title')} onSubmit={(e) => void submit(e)}>
      <label>
        {t('glossary.import.file')}{' '}
        <input
          type="file"
          accept=".csv,.tsv,.txt,.tbx,.xml"
          aria-describedby={hintId}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <p id={hintId} className="muted">
        {t('glossary.import.hint')}
      </p>
      <button type="submit" disabled={!file || busy}>
        {t('glossary.import.submit')}
      </button>
      <ErrorMessage error={error} />
      {result && isLatest ? (
        <div role="status">
          <p>
            {t('glossary.import.result', {
              added: result.added,
              updated: result.updated,
              unchanged: result.unchanged,
              skipped: result.skipped.length,
            })}
          </p>
          {result.skipped.length > 0 ? (
            <ul>
              {result.skipped.slice(0, 100).map((s) => (
                <li key={`${s.at}:${s.sourceTerm}:${s.reason}`}>
                  {t((s.sourceTerm.trim() ? SKIPPED_KEY : SKIPPED_NO_TERM_KEY)[result.format], {
                    at: s.at,
                    term: s.sourceTerm,
                    reason: t(`glossary.problem.${s.reason}`),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  )
}
