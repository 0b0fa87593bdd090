'use client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { authClient } from '@/components/auth/auth-client'
import { authErrorKey } from '@/lib/auth/auth-error-key'

/** Signs out every other browser of this person; this one stays, and API tokens are not touched. */
export function SessionsPanel() {
  const { t } = useTranslation()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function signOutOthers() {
    setBusy(true)
    const { error } = await authClient.revokeOtherSessions()
    setBusy(false)
    setMessage(error ? { ok: false, text: t(authErrorKey(error)) } : { ok: true, text: t('account.sessions.done') })
  }

  return (
    <section className="card stack">
      <h2>{t('account.sessions.title')}</h2>
      <p className="muted">{t('account.sessions.hint')}</p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'error'}>
          {message.text}
        </p>
      )}
      <button type="button" onClick={() => void signOutOthers()} disabled={busy}>
        {t('account.sessions.signOutOthers')}
      </button>
    </section>
  )
}
