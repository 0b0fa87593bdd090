'use client'
import Link from 'next/link'
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { api, type PretranslateResult } from '@/lib/api/client'
import { languageName } from '@/lib/languages'
import { pagePaths } from '@/lib/paths'
import { ErrorMessage } from '@/components/ui/error-message'
import { Modal } from '@/components/ui/modal'

/**
 * Asks before pre-translating one language of a document from the memory, says what it does, runs it and
 * shows what it filled. Focus starts on the confirm button, Tab stays inside, Escape closes (not while running).
 */
export function PretranslateDialog(props: {
  documentId: string
  lang: string
  /** Opened from the editor: no link to it in the result. */
  inEditor?: boolean
  onClose: (changed: boolean) => void
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const confirmRef = useRef<HTMLButtonElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const [contextOnly, setContextOnly] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [result, setResult] = useState<PretranslateResult | null>(null)
  const lang = languageName(props.lang, i18n.language)

  useEffect(() => {
    confirmRef.current?.focus()
  }, [])
  useEffect(() => {
    if (result) closeRef.current?.focus()
  }, [result])

  const close = () => props.onClose(result !== null && result.filled > 0)
  const run = async () => {
    setBusy(true)
    setError(null)
    const answer = await api.pretranslate(props.documentId, props.lang, { minimum: contextOnly ? 'context' : 'exact' })
    setBusy(false)
    if (!answer.ok) return setError(answer.error)
    setResult(answer.data)
  }

  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-body`} busy={busy} onClose={busy ? undefined : close}>
      <h2 id={`${id}-title`} style={{ marginTop: 0 }}>
        {t('tm.pretranslate.title', { lang })}
      </h2>
      <p id={`${id}-body`}>{t('tm.pretranslate.body')}</p>
      {result ? (
        <div role="status" data-testid="pretranslate-result">
          <p>
            {result.filled > 0
              ? t('tm.pretranslate.result', { count: result.filled, exact: result.exact, inContext: result.context })
              : t('tm.pretranslate.none')}
          </p>
          {result.skipped > 0 ? (
            <p className="muted">{t('tm.pretranslate.skipped', { count: result.skipped })}</p>
          ) : null}
        </div>
      ) : (
        <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          <input
            type="checkbox"
            checked={contextOnly}
            disabled={busy}
            onChange={(e) => setContextOnly(e.target.checked)}
          />
          {t('tm.pretranslate.contextOnly')}
        </label>
      )}
      {busy ? <p role="status">{t('tm.pretranslate.running')}</p> : null}
      <ErrorMessage error={error} />
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 12 }}>
        {result ? (
          <>
            {props.inEditor ? null : (
              <Link href={pagePaths.translate(props.documentId, props.lang)}>{t('document.open')}</Link>
            )}
            <button ref={closeRef} type="button" onClick={close}>
              {t('tm.pretranslate.close')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={close} disabled={busy}>
              {t('document.delete.cancel')}
            </button>
            <button ref={confirmRef} type="button" className="primary" onClick={() => void run()} disabled={busy}>
              {busy ? t('tm.pretranslate.running') : t('tm.pretranslate.confirm')}
            </button>
          </>
        )}
      </div>
    </Modal>
  )
}
