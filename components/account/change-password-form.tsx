'use client'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { authClient } from '@/components/auth/auth-client'
import { authErrorKey } from '@/lib/auth/auth-error-key'

/** Change password (the current one first); every other session is signed out, API tokens stay. */
export function ChangePasswordForm() {
  const { t } = useTranslation()
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    const newPassword = String(form.get('newPassword') ?? '')
    if (newPassword !== String(form.get('repeat') ?? ''))
      return setMessage({ ok: false, text: t('account.password.mismatch') })
    setBusy(true)
    setMessage(null)
    const { error } = await authClient.changePassword({
      currentPassword: String(form.get('currentPassword') ?? ''),
      newPassword,
      revokeOtherSessions: true,
    })
    setBusy(false)
    if (error) return setMessage({ ok: false, text: t(authErrorKey(error)) })
    formElement.reset()
    setMessage({ ok: true, text: t('account.password.changed') })
  }

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)}>
      <h2>{t('account.password.title')}</h2>
      <label>
        {t('account.password.current')}
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        {t('account.password.new')}
        <input name="newPassword" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <label>
        {t('account.password.repeat')}
        <input name="repeat" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <p className="muted">{t('account.password.hint')}</p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? undefined : 'error'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('account.password.submit')}
      </button>
    </form>
  )
}
