'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { createFormatters } from '@/lib/i18n/format'
import type { ApiError } from '@/lib/api/api-error'
import { api, type ApiResult, type ArticleInput } from '@/lib/api/client'
import { ErrorMessage } from '@/components/ui/error-message'
import { LanguageInput } from '@/components/ui/language-input'
import { pagePaths } from '@/lib/paths'

/** Import an article: paste or upload, preview the paragraphs, then create the document. */
export function ImportArticleForm({ maxBytes }: { maxBytes: number }) {
  const { t, i18n } = useTranslation()
  const router = useRouter()
  const f = createFormatters(i18n.language)
  const [title, setTitle] = useState('')
  // The title the preview filled in from the file, so choosing another file does not keep it.
  const [fileTitle, setFileTitle] = useState<string | null>(null)
  const [sourceLang, setSourceLang] = useState('en')
  const [text, setText] = useState('')
  const [format, setFormat] = useState<'text' | 'markdown' | 'html'>('text')
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<string[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  const send = async <T,>(call: (input: ArticleInput) => Promise<ApiResult<T>>): Promise<T | null> => {
    setBusy(true)
    setError(null)
    try {
      const result = await call({ title, sourceLang, text, format, file })
      if (result.ok) return result.data
      setError(result.error)
      return null
    } finally {
      setBusy(false)
    }
  }
  const onPreview = async () => {
    if (file && file.size > maxBytes) return setError({ code: 'import.tooLarge', params: { maxBytes } })
    const result = await send(api.previewArticle)
    if (result) {
      setPreview(result.paragraphs)
      if (!title && typeof result.title === 'string') {
        setTitle(result.title)
        setFileTitle(result.title)
      }
    }
  }
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const result = await send(api.importArticle)
    if (result) router.push(pagePaths.document(result.id))
  }

  return (
    <main className="page">
      <h1>{t('importArticle.title')}</h1>
      <form className="card" onSubmit={(e) => void onSubmit(e)}>
        <div className="form-row">
          <label htmlFor="title">{t('importArticle.titleLabel')}</label>
          <input id="title" value={title} onChange={(e) => setTitle(e.target.value)} required={!file} maxLength={500} />
        </div>
        <div className="form-row">
          <label htmlFor="source-lang">{t('importArticle.sourceLangLabel')}</label>
          <LanguageInput id="source-lang" value={sourceLang} onChange={setSourceLang} />
        </div>
        <div className="form-row">
          <label htmlFor="text">{t('importArticle.pasteLabel')}</label>
          <textarea
            id="text"
            value={text}
            onChange={(e) => {
              setText(e.target.value)
              setPreview(null)
            }}
          />
          <span className="muted">{t('importArticle.pasteHint')}</span>
        </div>
        <div className="form-row">
          <label htmlFor="format">{t('importArticle.formatLabel')}</label>
          <select id="format" value={format} onChange={(e) => setFormat(e.target.value as typeof format)}>
            {(['text', 'markdown', 'html'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`importArticle.formats.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-row">
          <label htmlFor="file">{t('importArticle.fileLabel', { size: f.bytes(maxBytes) })}</label>
          <input
            id="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null)
              setPreview(null)
              if (fileTitle !== null && title === fileTitle) setTitle('')
              setFileTitle(null)
            }}
          />
        </div>
        <ErrorMessage error={error} />
        <div style={{ display: 'flex', gap: 8 }}>
          <button type="button" onClick={() => void onPreview()} disabled={busy}>
            {t('importArticle.preview')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('importArticle.creating') : t('importArticle.create')}
          </button>
        </div>
      </form>
      {preview ? (
        <section className="preview" aria-label={t('importArticle.preview')}>
          <h2>{t('importArticle.previewCount', { count: preview.length })}</h2>
          {preview.map((html, i) => (
            <div key={i} dangerouslySetInnerHTML={{ __html: html }} />
          ))}
        </section>
      ) : null}
    </main>
  )
}
