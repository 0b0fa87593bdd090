'use client'
import { useRouter } from 'next/navigation'
import { useState, type FormEvent } from 'react'
import { useHydrated } from '@/components/ui/use-hydrated'
import { useTranslation } from 'react-i18next'
import { authClient, authErrorMessage } from '@/components/auth/auth-client'
import { isLocalPath, pagePaths } from '@/lib/paths'

/** Email and password; on success goes to `next` (a path of this app) or the home page. */
export function SignInForm({ next }: { next?: string }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const hydrated = useHydrated()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    const { error: failure } = await authClient.signIn.email({
      email: String(form.get('email') ?? '').trim(),
      password: String(form.get('password') ?? ''),
    })
    if (failure) {
      setBusy(false)
      setError(authErrorMessage(t, failure))
      return
    }
    router.replace(next && isLocalPath(next) ? next : pagePaths.home())
    router.refresh()
  }

  return (
    // method="post": a form sent before the page is interactive must never put the password in the URL.
    <form
      className="stack auth-form"
      method="post"
      onSubmit={submit}
      aria-describedby={error ? 'sign-in-error' : undefined}
    >
      <label>
        {t('auth.email')}
        <input name="email" type="email" autoComplete="username" required autoFocus />
      </label>
      <label>
        {t('auth.password')}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p id="sign-in-error" role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || !hydrated}>
        {busy ? t('auth.signingIn') : t('auth.signIn')}
      </button>
    </form>
  )
}
