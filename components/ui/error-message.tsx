'use client'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { messageParams } from '@/lib/i18n/message-params'
import type { ApiError } from '@/lib/api/api-error'

/**
 * Shows an API error in the UI language; `hint` is a sentence this screen adds, such as an option that helps.
 * It can take the focus (`ref`), for a form whose button was disabled while it waited.
 */
export function ErrorMessage({
  error,
  hint,
  ref,
}: {
  error: ApiError | null
  hint?: string
  ref?: Ref<HTMLParagraphElement>
}) {
  const { t, i18n } = useTranslation()
  if (!error) return null
  const params = messageParams(error.params, i18n.language)
  const key = `errors.${error.code}`
  // Error codes come from the server at run time, so this key cannot be checked by the compiler.
  const tDynamic = t as unknown as (key: string, options: Record<string, unknown>) => string
  const text = i18n.exists(key) ? tDynamic(key, params) : t('errors.generic')
  return (
    <p className="error" role="alert" tabIndex={-1} ref={ref}>
      {text}
      {hint ? ` ${hint}` : null}
    </p>
  )
}
