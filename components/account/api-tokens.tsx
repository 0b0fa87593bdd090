'use client'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { api, type TokenView } from '@/lib/api/client'
import { createFormatters } from '@/lib/i18n/format'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { ErrorMessage } from '@/components/ui/error-message'

/** The person's personal API tokens: make one (shown once, with a copy button), list, revoke. */
export function ApiTokens({ initial }: { initial: TokenView[] }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const [tokens, setTokens] = useState(initial)
  const [label, setLabel] = useState('')
  const [created, setCreated] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [revoking, setRevoking] = useState<TokenView | null>(null)
  const [busy, setBusy] = useState(false)

  async function create(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const result = await api.createMyToken(label)
    setBusy(false)
    if (!result.ok) return setError(result.error)
    const { token, ...info } = result.data
    setTokens((list) => [info, ...list])
    setCreated(token)
    setCopied(false)
    setLabel('')
  }

  async function revoke(token: TokenView) {
    setBusy(true)
    const result = await api.revokeMyToken(token.id)
    setBusy(false)
    if (!result.ok && result.error.status !== 404) return setError(result.error)
    setTokens((list) => list.filter((t) => t.id !== token.id))
    setRevoking(null)
  }

  async function copy(token: string) {
    await navigator.clipboard.writeText(token).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }

  const date = (value: string | null) => (value ? f.date(new Date(value)) : t('account.tokens.never'))

  return (
    <section className="card stack" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('account.tokens.title')}</h2>
      <p className="muted">{t('account.tokens.hint')}</p>
      <form className="row" onSubmit={(e) => void create(e)}>
        <label>
          {t('account.tokens.label')}
          <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={100} />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {t('account.tokens.create')}
        </button>
      </form>
      {created && (
        <div role="status" className="stack">
          <p>{t('account.tokens.shownOnce')}</p>
          <label>
            {t('account.tokens.newToken')}
            <input readOnly value={created} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
          </label>
          <button type="button" onClick={() => void copy(created)}>
            {copied ? t('account.tokens.copied') : t('account.tokens.copy')}
          </button>
        </div>
      )}
      <ErrorMessage error={revoking ? null : error} />
      {tokens.length === 0 ? (
        <p>{t('account.tokens.none')}</p>
      ) : (
        <table className="list reflow">
          <thead>
            <tr>
              <th scope="col">{t('account.tokens.label')}</th>
              <th scope="col">{t('account.tokens.prefix')}</th>
              <th scope="col">{t('account.tokens.createdAt')}</th>
              <th scope="col">{t('account.tokens.lastUsedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('account.tokens.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.label}</td>
                <td data-label={t('account.tokens.prefix')}>
                  <code>{token.prefix}…</code>
                </td>
                <td data-label={t('account.tokens.createdAt')}>{date(token.createdAt)}</td>
                <td data-label={t('account.tokens.lastUsedAt')}>{date(token.lastUsedAt)}</td>
                <td>
                  <button type="button" className="danger" onClick={() => setRevoking(token)}>
                    {t('account.tokens.revoke', { label: token.label })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {revoking && (
        <ConfirmDeleteDialog
          title={t('account.tokens.revokeTitle')}
          body={t('account.tokens.revokeBody', { label: revoking.label })}
          confirmLabel={t('account.tokens.revokeConfirm')}
          busy={busy}
          error={error}
          onConfirm={() => void revoke(revoking)}
          onCancel={() => {
            setRevoking(null)
            setError(null)
          }}
        />
      )}
    </section>
  )
}
