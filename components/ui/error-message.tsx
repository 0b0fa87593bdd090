'use client'
import { useTranslation } from 'react-i18next'
import { messageParams } from '@/lib/i18n/message-params'
import type { ApiError } from '@/lib/api/api-error'

/** Shows an API error in the UI language; `hint` is a sentence this screen adds, such as an option that helps. */
export function ErrorMessage({ error, hint }: { error: ApiError | null; hint?: string }) {
  const { t, i18n } = useTranslation()
  if (!error) return null
  const params = messageParams(error.params, i18n.language)
  const key = `errors.${error.code}`
  // Error codes come from the server at run time, so this key cannot be checked by the compiler.
  const tDynamic = t as unknown as (key: string, options: Record<string, unknown>) => string
  const text = i18n.exists(key) ? tDynamic(key, params) : t('errors.generic')
  return (
    <p className="error" role="alert">
      {text}
      {hint ? ` ${hint}` : null}
    </p>
  )
}
