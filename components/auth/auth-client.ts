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
