'use client'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentSummary } from '@/lib/db/documents'
import { createFormatters } from '@/lib/i18n/format'
import { canonicalLanguage, languageDirection, languageName } from '@/lib/languages'
import { ImportTranslationForm } from '../alignment/import-translation-form'
import type { ApiError } from '@/lib/api/api-error'
import { api } from '@/lib/api/client'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { ExportPanel } from '@/components/exchange/export-panel'
import { ErrorMessage } from '@/components/ui/error-message'
import { LanguageInput } from '@/components/ui/language-input'
import { ProgressBar, ProgressLegend } from '@/components/ui/progress-bar'
import { pagePaths } from '@/lib/paths'
import { DocumentPeople, type DocumentPeopleData } from '@/components/people/document-people'
import { OpenComments } from '@/components/review/open-comments'
import { QualityTable } from '@/components/review/quality-table'
import { PretranslateDialog } from '@/components/tm/pretranslate-dialog'

export type DocumentPageData = DocumentSummary & { paragraphs: Array<{ id: string; position: number; html: string }> }

/** What the signed-in person may do on the page; buttons for anything else are not shown. */
export type DocumentPermissions = {
  deleteDocument: boolean
  addLanguage: boolean
  /** Languages whose translation the person may delete. */
  deleteLangs: string[]
  /** Languages whose segments the person may edit (pretranslate, import their text). */
  editLangs: string[]
}

/** A document: its translations with progress, a form to add a language, its people, and the source paragraphs. */
export function DocumentView({
  document: doc,
  people,
  may,
}: {
  document: DocumentPageData
  people: DocumentPeopleData
  may: DocumentPermissions
}) {
  const { t, i18n } = useTranslation()
  const router = useRouter()
  const f = createFormatters(i18n.language)
  const [lang, setLang] = useState('')
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const canonical = canonicalLanguage(lang)
  // Said once the field is left or the form sent with a name that is no language, not at every keystroke.
  const [isLangChecked, setIsLangChecked] = useState(false)
  const isLangUnknown = isLangChecked && lang.trim() !== '' && !canonical
  const [pendingDelete, setPendingDelete] = useState<
    { kind: 'document' } | { kind: 'translation'; lang: string; filledSegments: number } | null
  >(null)
  const [deleting, setDeleting] = useState(false)
  const [pretranslating, setPretranslating] = useState<string | null>(null)
  const [deleteError, setDeleteError] = useState<ApiError | null>(null)

  const askDelete = (target: NonNullable<typeof pendingDelete>) => {
    setDeleteError(null)
    setPendingDelete(target)
  }

  const onConfirmDelete = async () => {
    if (!pendingDelete) return
    setDeleting(true)
    setDeleteError(null)
    const result =
      pendingDelete.kind === 'document'
        ? await api.deleteDocument(doc.id)
        : await api.deleteTranslation(doc.id, pendingDelete.lang)
    setDeleting(false)
    if (!result.ok) return setDeleteError(result.error)
    setPendingDelete(null)
    if (pendingDelete.kind === 'document') {
      router.push(pagePaths.documents())
      router.refresh()
    } else router.refresh()
  }

  const documentSegments = doc.translations.reduce((sum, tr) => sum + tr.filledSegments, 0)

  const onAdd = async (event: FormEvent) => {
    event.preventDefault()
    if (!canonical) {
      setIsLangChecked(true)
      return document.getElementById('target-lang')?.focus()
    }
    setBusy(true)
    setError(null)
    const created = await api.createTranslation(doc.id, canonical)
    setBusy(false)
    if (!created.ok) return setError(created.error)
    router.push(pagePaths.translate(doc.id, created.data.lang))
  }

  return (
    <main className="page">
      <div style={{ display: 'flex', gap: 12, alignItems: 'baseline', justifyContent: 'space-between' }}>
        <h1>{doc.title}</h1>
        {may.deleteDocument ? (
          <button type="button" onClick={() => askDelete({ kind: 'document' })}>
            {t('document.delete.button')}
          </button>
        ) : null}
      </div>
      <p className="muted">
        {t('document.sourceLanguage', { lang: languageName(doc.sourceLang, i18n.language) })}
        {' · '}
        {t('documents.paragraphCount', { count: doc.paragraphCount, formattedCount: f.number(doc.paragraphCount) })}
        {' · '}
        {t('documents.wordCount', { count: doc.wordCount })}
        {doc.origin.date ? <> · {t('document.published', { date: f.date(doc.origin.date) })}</> : null}
        {doc.origin.copyright ? <> · {doc.origin.copyright}</> : null}
      </p>
      {doc.origin.notes?.length ? (
        <details className="card">
          <summary>{t('document.fileNotes', { count: doc.origin.notes.length })}</summary>
          <ul>
            {doc.origin.notes.map((note, i) => (
              <li key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {note}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <section className="card">
        <h2 style={{ marginTop: 0 }}>{t('document.translations')}</h2>
        <ProgressLegend />
        {doc.translations.length === 0 ? <p className="muted">{t('documents.noTranslations')}</p> : null}
        {/* One grid for every language, so the bars and buttons line up whichever buttons a row has
            (globals.css: on narrower screens each language's buttons wrap under its bar). */}
        <div className="translation-rows">
          {doc.translations.map((tr) => (
            <div key={tr.id} className="translation-row">
              <ProgressBar lang={tr.lang} progress={tr.progress} />
              <Link
                href={pagePaths.translate(doc.id, tr.lang)}
                aria-label={`${t('document.open')}: ${languageName(tr.lang, i18n.language)}`}
              >
                {t('document.open')}
              </Link>
              {may.editLangs.includes(tr.lang) ? (
                <button
                  type="button"
                  aria-label={t('tm.pretranslate.buttonLabel', { lang: languageName(tr.lang, i18n.language) })}
                  aria-haspopup="dialog"
                  onClick={() => setPretranslating(tr.lang)}
                >
                  {t('tm.pretranslate.button')}
                </button>
              ) : (
                <span />
              )}
              <Link
                href={pagePaths.align(doc.id, tr.lang)}
                aria-label={`${t('alignment.open')}: ${languageName(tr.lang, i18n.language)}`}
              >
                {t('alignment.open')}
              </Link>
              {may.deleteLangs.includes(tr.lang) ? (
                <button
                  type="button"
                  aria-label={`${t('document.deleteTranslation.button')}: ${languageName(tr.lang, i18n.language)}`}
                  onClick={() => askDelete({ kind: 'translation', lang: tr.lang, filledSegments: tr.filledSegments })}
                >
                  {t('document.deleteTranslation.button')}
                </button>
              ) : (
                <span />
              )}
            </div>
          ))}
        </div>
        {may.addLanguage ? (
          <form onSubmit={(e) => void onAdd(e)} style={{ marginTop: 16 }}>
            <label htmlFor="target-lang">
              <strong>{t('document.addLanguage')}</strong>
            </label>
            <div
              style={{ display: 'flex', gap: 8, alignItems: 'center', marginTop: 4 }}
              onBlur={(e) => {
                if (e.target.id === 'target-lang') setIsLangChecked(true)
              }}
            >
              <LanguageInput
                id="target-lang"
                value={lang}
                onChange={(value) => {
                  setLang(value)
                  if (value !== lang) setIsLangChecked(false)
                }}
                exclude={[doc.sourceLang, ...doc.translations.map((x) => x.lang)]}
              />
              <button type="submit" className="primary" disabled={busy || lang.trim() === ''}>
                {busy ? t('document.adding') : t('document.add')}
              </button>
              {canonical ? (
                <span className="muted">
                  {languageName(canonical, i18n.language)} · {t(`document.direction.${languageDirection(canonical)}`)}
                </span>
              ) : null}
            </div>
            {isLangUnknown ? (
              <p className="error" role="alert">
                {t('document.languageUnknown', { value: lang.trim() })}
              </p>
            ) : null}
            <p className="muted">{t('document.addLanguageHint')}</p>
            <ErrorMessage error={error} />
          </form>
        ) : null}
        {may.addLanguage || may.editLangs.length > 0 ? (
          <ImportTranslationForm
            documentId={doc.id}
            sourceLang={doc.sourceLang}
            existingLangs={doc.translations.map((x) => x.lang)}
          />
        ) : null}
      </section>
      <DocumentPeople documentId={doc.id} langs={doc.translations.map((tr) => tr.lang)} people={people} />
      {/* Keyed by the languages, so a language added or imported on this page starts out chosen. */}
      <ExportPanel
        key={doc.translations.map((tr) => tr.lang).join(',')}
        documentId={doc.id}
        langs={doc.translations.map((tr) => tr.lang)}
      />
      <QualityTable documentId={doc.id} />
      <OpenComments documentId={doc.id} langs={doc.translations.map((tr) => tr.lang)} />
      <h2>{t('document.paragraphs')}</h2>
      {doc.paragraphs.length < doc.paragraphCount ? (
        <p className="muted" data-testid="paragraph-preview">
          {t('document.paragraphPreview', {
            shown: f.number(doc.paragraphs.length),
            count: doc.paragraphCount,
            total: f.number(doc.paragraphCount),
          })}
        </p>
      ) : null}
      <ol lang={doc.sourceLang} dir={languageDirection(doc.sourceLang)} className="card">
        {doc.paragraphs.map((p) => (
          <li key={p.id} dangerouslySetInnerHTML={{ __html: p.html }} />
        ))}
      </ol>
      {pendingDelete?.kind === 'document' ? (
        <ConfirmDeleteDialog
          title={t('document.delete.title', { title: doc.title })}
          body={t('document.delete.body', { count: documentSegments })}
          confirmLabel={t('document.delete.confirm')}
          busy={deleting}
          error={deleteError}
          onConfirm={() => void onConfirmDelete()}
          onCancel={() => setPendingDelete(null)}
        />
      ) : null}
      {pendingDelete?.kind === 'translation' ? (
        <ConfirmDeleteDialog
          title={t('document.deleteTranslation.title', { lang: languageName(pendingDelete.lang, i18n.language) })}
          body={t('document.deleteTranslation.body', { count: pendingDelete.filledSegments })}
          confirmLabel={t('document.deleteTranslation.confirm')}
          busy={deleting}
          error={deleteError}
          onConfirm={() => void onConfirmDelete()}
          onCancel={() => setPendingDelete(null)}
        />
      ) : null}
      {pretranslating ? (
        <PretranslateDialog
          documentId={doc.id}
          lang={pretranslating}
          onClose={(changed) => {
            setPretranslating(null)
            if (changed) router.refresh()
          }}
        />
      ) : null}
    </main>
  )
}
