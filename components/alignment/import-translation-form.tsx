'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { canonicalLanguage } from '@/lib/languages'
import type { ApiError } from '@/lib/api/api-error'
import { api, type TextImportResult } from '@/lib/api/client'
import { ErrorMessage } from '@/components/ui/error-message'
import { LanguageInput } from '@/components/ui/language-input'
import { pagePaths } from '@/lib/paths'

/** "Import translation": paste or upload an existing translation; it is split, aligned and stored as links. */
export function ImportTranslationForm({
  documentId,
  sourceLang,
  existingLangs,
}: {
  documentId: string
  sourceLang: string
  existingLangs: string[]
}) {
  const { t } = useTranslation()
  const router = useRouter()
  const [lang, setLang] = useState('')
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [replace, setReplace] = useState(false)
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState(0)
  const [error, setError] = useState<ApiError | null>(null)
  const [done, setDone] = useState<TextImportResult | null>(null)
  // A new key empties the file field (a file input's value cannot be set).
  const [fileField, setFileField] = useState(0)
  // The button is disabled while aligning, which drops the focus: the result takes it, so the keyboard goes on from there.
  const doneRef = useRef<HTMLParagraphElement>(null)
  const errorRef = useRef<HTMLParagraphElement>(null)
  const replaceRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (done) doneRef.current?.focus()
  }, [done])
  // A refusal takes the focus too: to "Replace…" when that is the way on, else to the message.
  useEffect(() => {
    if (error?.code === 'translation.exists') replaceRef.current?.focus()
    else if (error) errorRef.current?.focus()
  }, [error])
  const canonical = canonicalLanguage(lang)
  const exists = canonical !== null && existingLangs.some((l) => l.toLowerCase() === canonical.toLowerCase())
  const needsReplace = exists || error?.code === 'translation.exists'

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setProgress(0)
    setError(null)
    setDone(null)
    try {
      const input = { lang: canonical ?? lang, text, replace, file }
      const outcome = await api.importTranslationText(documentId, input, setProgress)
      if (!outcome.ok) return setError(outcome.error)
      setDone(outcome.data)
      // Imported: the form starts over, so the same text is not one Enter away from a second import.
      setReplace(false)
      setText('')
      setLang('')
      setFile(null)
      setFileField((n) => n + 1)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} style={{ marginTop: 16 }} aria-labelledby="import-translation-title">
      <h3 id="import-translation-title" style={{ marginBottom: 4 }}>
        {t('alignment.import.title')}
      </h3>
      <p className="muted" style={{ marginTop: 0 }}>
        {t('alignment.import.hint')}
      </p>
      <div className="form-row">
        <label htmlFor="import-lang">{t('alignment.import.language')}</label>
        <LanguageInput id="import-lang" value={lang} onChange={setLang} exclude={[sourceLang]} />
      </div>
      <div className="form-row">
        <label htmlFor="import-text">{t('alignment.import.paste')}</label>
        <textarea id="import-text" value={text} onChange={(e) => setText(e.target.value)} rows={6} />
      </div>
      <div className="form-row">
        <label htmlFor="import-file">{t('alignment.import.file')}</label>
        <input
          key={fileField}
          id="import-file"
          type="file"
          accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      {needsReplace ? (
        <label style={{ display: 'block', margin: '6px 0' }}>
          <input ref={replaceRef} type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />{' '}
          {t('alignment.import.replace')}
        </label>
      ) : null}
      <button type="submit" className="primary" disabled={busy || !canonical || (!text.trim() && !file)}>
        {busy ? t('alignment.import.aligning') : t('alignment.import.submit')}
      </button>
      {busy ? (
        <div
          role="progressbar"
          aria-label={t('alignment.import.aligning')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
          className="progress"
          style={{ marginTop: 8 }}
        >
          <span className="translated" style={{ width: `${Math.max(5, progress * 100)}%` }} />
        </div>
      ) : null}
      <ErrorMessage
        ref={errorRef}
        error={error}
        hint={error?.code === 'translation.exists' ? t('alignment.import.replaceHint') : undefined}
      />
      {done ? (
        <p role="status" tabIndex={-1} ref={doneRef}>
          {t('alignment.import.done', {
            count: done.linkCount,
            types: Object.entries(done.types)
              .map(([type, n]) => `${type} × ${n}`)
              .join(', '),
          })}{' '}
          <Link href={pagePaths.align(documentId, done.lang)}>{t('alignment.open')}</Link>
        </p>
      ) : null}
    </form>
  )
}
