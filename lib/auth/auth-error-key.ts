/** The i18n key for a failed auth call: wrong credentials never say whether the email exists. */
export type AuthErrorKey =
  | 'auth.errors.unknown'
  | 'auth.errors.tooMany'
  | 'auth.errors.invalidCredentials'
  | 'auth.errors.passwordTooShort'
  | 'auth.errors.signUpClosed'
  | 'auth.errors.refused'

/** The key for a better-auth failure, from its status and code: the sign-in page and the server say the same. */
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
