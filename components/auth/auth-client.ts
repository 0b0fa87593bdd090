import type { TFunction } from 'i18next'
import { createAuthClient } from 'better-auth/react'
import { authErrorKey } from '@/lib/auth/auth-error-key'

/** better-auth's browser client: sign in and out, change password, sessions (the app's own origin, /api/auth). */
export const authClient = createAuthClient({ basePath: '/api/auth' })

/**
 * What to say of a failed auth call, in the page's language: a refusal for too many attempts says how
 * many minutes to wait when the server told (`error.retryAfterSeconds`, app/api/auth/[...all]/route.ts).
 */
export function authErrorMessage(
  t: TFunction,
  failure: { status?: number; code?: string; error?: { retryAfterSeconds?: unknown } } | null | undefined,
): string {
  const seconds = failure?.status === 429 ? failure.error?.retryAfterSeconds : undefined
  if (typeof seconds === 'number' && seconds > 0)
    return t('errors.auth.tooManyAttempts', { count: Math.max(1, Math.ceil(seconds / 60)) })
  return t(authErrorKey(failure))
}
