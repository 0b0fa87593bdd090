'use client'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { api, type PersonView } from '@/lib/api/client'
import { ROLES, type Role } from '@/lib/auth/permissions'
import { ErrorMessage } from '@/components/ui/error-message'
import { LangsField } from './langs-field'

/** Adds a person; without a password the server makes one, shown here once to hand over. */
export function AddPersonForm({ onAdded }: { onAdded: (person: PersonView) => void }) {
  const { t } = useTranslation()
  const [role, setRole] = useState<Role>('translator')
  const [langs, setLangs] = useState<string[]>([])
  const [error, setError] = useState<ApiError | null>(null)
  const [generated, setGenerated] = useState<{ email: string; password: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    const password = String(form.get('password') ?? '')
    setBusy(true)
    setError(null)
    setGenerated(null)
    const result = await api.addUser({
      email: String(form.get('email') ?? ''),
      name: String(form.get('name') ?? '') || undefined,
      role,
      langs,
      ...(password ? { password } : {}),
    })
    setBusy(false)
    if (!result.ok) return setError(result.error)
    onAdded(result.data.user)
    if (result.data.password) setGenerated({ email: result.data.user.email, password: result.data.password })
    formElement.reset()
    setLangs([])
  }

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="add-person-title">
      <h2 id="add-person-title">{t('users.add.title')}</h2>
      <label>
        {t('auth.email')}
        <input name="email" type="email" autoComplete="off" required />
      </label>
      <label>
        {t('users.name')}
        <input name="name" autoComplete="off" maxLength={200} />
      </label>
      <label>
        {t('users.role')}
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`users.roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <LangsField label={t('users.languages')} value={langs} onChange={setLangs} />
      <label>
        {t('users.add.password')}
        <input name="password" type="password" autoComplete="new-password" minLength={10} />
      </label>
      <p className="muted">{t('users.add.passwordHint')}</p>
      <ErrorMessage error={error} />
      {generated && (
        <div role="status" className="stack">
          <p>{t('users.add.generated', { email: generated.email })}</p>
          <label>
            {t('auth.password')}
            <input readOnly value={generated.password} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
          </label>
        </div>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('users.add.submit')}
      </button>
    </form>
  )
}
