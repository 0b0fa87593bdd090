'use client'
import { useRouter } from 'next/navigation'
import { useTranslation } from 'react-i18next'
import { authClient } from '@/components/auth/auth-client'
import { pagePaths } from '@/lib/paths'

/** Ends this browser's session and goes to the sign-in page. */
export function SignOutButton() {
  const { t } = useTranslation()
  const router = useRouter()
  async function signOut() {
    await authClient.signOut()
    router.replace(pagePaths.signIn())
    router.refresh()
  }
  return (
    <button type="button" className="link-button" onClick={() => void signOut()}>
      {t('shell.signOut')}
    </button>
  )
}
