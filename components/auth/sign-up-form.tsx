'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { authClient, authErrorMessage } from '@/components/auth/auth-client'
import { pagePaths } from '@/lib/paths'

/** The first account of a new server (it becomes the admin); the server refuses any later sign-up. */
export function SignUpForm() {
  const { t } = useTranslation()
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '').trim()
    setBusy(true)
    setError(null)
    const { error: failure } = await authClient.signUp.email({
      email,
      name: String(form.get('name') ?? '').trim() || email.split('@')[0]!,
      password: String(form.get('password') ?? ''),
    })
    if (failure) {
      setBusy(false)
      setError(authErrorMessage(t, failure))
      return
    }
    router.replace(pagePaths.home())
    router.refresh()
  }

  return (
    <form
      className="stack auth-form"
      method="post"
      onSubmit={(e) => void submit(e)}
      aria-describedby={error ? 'sign-up-error' : undefined}
    >
      <label>
        {t('users.name')}
        <input name="name" autoComplete="name" maxLength={200} />
      </label>
      <label>
        {t('auth.email')}
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t('auth.password')}
        <input name="password" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      {error && (
        <p id="sign-up-error" role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('signUp.submit')}
      </button>
    </form>
  )
}
