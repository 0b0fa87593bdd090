import type { TFunction } from 'i18next'
import { createAuthClient } from 'better-auth/react'

/** better-auth's browser client: sign in and out, change password, sessions (the app's own origin, /api/auth). */
export const authClient = createAuthClient({ basePath: '/api/auth' })

/** The i18n key for a failed auth call: wrong credentials never say whether the email exists. */
export type AuthErrorKey =
  | 'auth.errors.unknown'
  | 'auth.errors.tooMany'
  | 'auth.errors.invalidCredentials'
  | 'auth.errors.passwordTooShort'
  | 'auth.errors.signUpClosed'
  | 'auth.errors.refused'

export function authErrorKey(error: { status?: number; code?: string } | null | undefined): AuthErrorKey {
  if (!error) return 'auth.errors.unknown'
  if (error.status === 429) return 'auth.errors.tooMany'
  if (error.code === 'INVALID_EMAIL_OR_PASSWORD' || error.code === 'INVALID_EMAIL' || error.code === 'INVALID_PASSWORD')
    return 'auth.errors.invalidCredentials'
  if (error.code === 'PASSWORD_TOO_SHORT') return 'auth.errors.passwordTooShort'
  if (error.code === 'SIGN_UP_CLOSED') return 'auth.errors.signUpClosed'
  if (error.status === 403) return 'auth.errors.refused'
  return 'auth.errors.unknown'
}

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
