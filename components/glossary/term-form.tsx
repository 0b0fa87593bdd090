'use client'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorMessage } from '@/components/ui/error-message'
import type { ApiError } from '@/lib/api/api-error'
import type { TermInput } from '@/lib/api/glossary-client'
import { PARTS_OF_SPEECH } from '@/lib/glossary/term'

export const EMPTY_TERM: TermInput = {
  sourceTerm: '',
  targetTerm: '',
  partOfSpeech: '',
  definition: '',
  note: '',
  forbidden: [],
}

/**
 * The add/edit form of a term pair: Enter in any one-line field submits, Escape cancels an edit. The
 * form is reset after a successful add so the next term can be typed at once.
 */
export function TermForm(props: {
  initial: TermInput
  editing: boolean
  srcLang: string
  tgtLang: string
  onSubmit: (term: TermInput) => Promise<ApiError | null>
  onCancel?: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  const [term, setTerm] = useState(props.initial)
  const [forbidden, setForbidden] = useState(props.initial.forbidden.join('; '))
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (field: keyof TermInput) => (e: { target: { value: string } }) =>
    setTerm((current) => ({ ...current, [field]: e.target.value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    const failed = await props.onSubmit({ ...term, forbidden: forbidden.split(';') })
    setBusy(false)
    setError(failed)
    if (!failed && !props.editing) {
      setTerm(EMPTY_TERM)
      setForbidden('')
      document.getElementById(`${id}-source`)?.focus()
    }
  }
  return (
    <form
      className="glossary-form"
      aria-label={props.editing ? t('glossary.form.editTitle') : t('glossary.form.addTitle')}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && props.onCancel) props.onCancel()
      }}
    >
      <label>
        {t('glossary.columns.source')}
        <input
          id={`${id}-source`}
          lang={props.srcLang}
          value={term.sourceTerm}
          onChange={set('sourceTerm')}
          required
          autoFocus={props.editing}
        />
      </label>
      <label>
        {t('glossary.columns.target')}
        <input lang={props.tgtLang} value={term.targetTerm} onChange={set('targetTerm')} required />
      </label>
      <label>
        {t('glossary.columns.partOfSpeech')}
        <select value={term.partOfSpeech} onChange={set('partOfSpeech')}>
          <option value="">{t('glossary.form.noPartOfSpeech')}</option>
          {PARTS_OF_SPEECH.map((pos) => (
            <option key={pos} value={pos}>
              {t(`glossary.partOfSpeech.${pos}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('glossary.columns.forbidden')}
        <input
          lang={props.tgtLang}
          value={forbidden}
          onChange={(e) => setForbidden(e.target.value)}
          title={t('glossary.form.forbiddenHint')}
        />
      </label>
      <label>
        {t('glossary.columns.definition')}
        <input value={term.definition} onChange={set('definition')} />
      </label>
      <label>
        {t('glossary.columns.note')}
        <input value={term.note} onChange={set('note')} />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {props.editing ? t('glossary.form.save') : t('glossary.form.add')}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('glossary.form.cancel')}
          </button>
        ) : null}
      </div>
      <ErrorMessage error={error} />
    </form>
  )
}
