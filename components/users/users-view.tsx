'use client'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { api, type PersonPatch, type PersonView } from '@/lib/api/client'
import { ROLES, type Role } from '@/lib/auth/permissions'
import { createFormatters } from '@/lib/i18n/format'
import { ConfirmDeleteDialog } from '@/components/ui/confirm-delete-dialog'
import { ErrorMessage } from '@/components/ui/error-message'
import { AddPersonForm } from './add-person-form'
import { LangsField } from './langs-field'

/** The Users page: everyone with role and languages editable in place, adding and deleting people. */
export function UsersView({ initial, selfId }: { initial: PersonView[]; selfId: string }) {
  const { t, i18n } = useTranslation()
  const f = createFormatters(i18n.language)
  const [people, setPeople] = useState(initial)
  const [error, setError] = useState<ApiError | null>(null)
  const [deleting, setDeleting] = useState<PersonView | null>(null)
  const [busy, setBusy] = useState(false)

  async function change(person: PersonView, patch: PersonPatch) {
    setError(null)
    const result = await api.updateUser(person.id, patch)
    if (!result.ok) return setError(result.error)
    setPeople((list) => list.map((p) => (p.id === person.id ? result.data.user : p)))
  }

  async function remove(person: PersonView) {
    setBusy(true)
    const result = await api.deleteUser(person.id)
    setBusy(false)
    if (!result.ok) return setError(result.error)
    setPeople((list) => list.filter((p) => p.id !== person.id))
    setDeleting(null)
  }

  return (
    <>
      <ErrorMessage error={deleting ? null : error} />
      <table className="list reflow users-table">
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('auth.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.languages')}</th>
            <th scope="col">{t('users.createdAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">{person.name}</th>
              <td className="email" data-label={t('auth.email')}>
                {person.email}
              </td>
              <td data-label={t('users.role')}>
                <select
                  aria-label={t('users.roleOf', { name: person.name })}
                  value={person.role}
                  onChange={(e) => void change(person, { role: e.target.value as Role })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`users.roles.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td data-label={t('users.languages')}>
                <LangsField
                  label={t('users.languagesOf', { name: person.name })}
                  value={person.langs}
                  onChange={(langs) => void change(person, { langs })}
                />
              </td>
              <td data-label={t('users.createdAt')}>{f.date(person.createdAt)}</td>
              <td>
                {person.id !== selfId && (
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('users.delete', { name: person.name })}
                    onClick={() => setDeleting(person)}
                  >
                    {t('users.deleteConfirm')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddPersonForm onAdded={(person) => setPeople((list) => [...list, person])} />
      {deleting && (
        <ConfirmDeleteDialog
          title={t('users.deleteTitle', { name: deleting.name })}
          body={t('users.deleteBody', { email: deleting.email })}
          confirmLabel={t('users.deleteConfirm')}
          busy={busy}
          error={error}
          onConfirm={() => void remove(deleting)}
          onCancel={() => {
            setDeleting(null)
            setError(null)
          }}
        />
      )}
    </>
  )
}
