'use client'
import { useTranslation } from 'react-i18next'
import { createFormatters } from '@/lib/i18n/format'
import type { ApiError } from '@/lib/api/api-error'

/** Shows an API error in the UI language. */
export function ErrorMessage({ error }: { error: ApiError | null }) {
  const { t, i18n } = useTranslation()
  if (!error) return null
  const f = createFormatters(i18n.language)
  const params = {
    ...error.params,
    size: typeof error.params.maxBytes === 'number' ? f.bytes(error.params.maxBytes) : '',
  }
  const key = `errors.${error.code}`
  // Error codes come from the server at run time, so this key cannot be checked by the compiler.
  const tDynamic = t as unknown as (key: string, options: Record<string, unknown>) => string
  const text = i18n.exists(key) ? tDynamic(key, params) : t('errors.generic')
  return (
    <p className="error" role="alert">
      {text}
    </p>
  )
}
