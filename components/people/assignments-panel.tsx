'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '@/lib/api/api-error'
import { api, type AssignableUsers, type Assignment } from '@/lib/api/client'
import { languageName } from '@/lib/languages'
import { ErrorMessage } from '@/components/ui/error-message'

const ROLES = ['translator', 'reviewer'] as const

/**
 * Who translates and who reviews each language. Admins (`assignable` given) choose from the people
 * who may do that work in the language; everyone else reads the names.
 */
export function AssignmentsPanel({
  documentId,
  langs,
  assignments,
  assignable,
}: {
  documentId: string
  langs: string[]
  assignments: Assignment[]
  assignable: Record<string, AssignableUsers> | null
}) {
  const { t, i18n } = useTranslation()
  const router = useRouter()
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const holder = (lang: string, role: (typeof ROLES)[number]) =>
    assignments.find((a) => a.lang === lang && a.role === role)?.user ?? null

  const onChange = async (lang: string, role: (typeof ROLES)[number], userId: string) => {
    setBusy(true)
    setError(null)
    const result = await api.setAssignment(documentId, { lang, role, userId: userId || null })
    setBusy(false)
    if (!result.ok) return setError(result.error)
    router.refresh()
  }

  if (langs.length === 0) return null
  return (
    <div>
      <h3>{t('people.assignments')}</h3>
      <table className="list reflow">
        <thead>
          <tr>
            <th>{t('people.columns.language')}</th>
            {ROLES.map((role) => (
              <th key={role}>{t(`people.role.${role}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {langs.map((lang) => {
            const name = languageName(lang, i18n.language)
            return (
              <tr key={lang}>
                <td>{name}</td>
                {ROLES.map((role) => {
                  const current = holder(lang, role)
                  const choices = assignable?.[lang]?.[role]
                  return (
                    <td key={role} data-label={t(`people.role.${role}`)}>
                      {choices ? (
                        <select
                          aria-label={t('people.assignLabel', { role: t(`people.role.${role}`), lang: name })}
                          value={current?.id ?? ''}
                          disabled={busy}
                          onChange={(e) => void onChange(lang, role, e.target.value)}
                        >
                          <option value="">{t('people.unassigned')}</option>
                          {/* The holder stays listed even if their languages changed since. */}
                          {current && !choices.some((c) => c.id === current.id) ? (
                            <option value={current.id}>{current.name}</option>
                          ) : null}
                          {choices.map((c) => (
                            <option key={c.id} value={c.id}>
                              {c.name} ({c.email})
                            </option>
                          ))}
                        </select>
                      ) : (
                        (current?.name ?? <span className="muted">{t('people.unassigned')}</span>)
                      )}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
      <ErrorMessage error={error} />
    </div>
  )
}
