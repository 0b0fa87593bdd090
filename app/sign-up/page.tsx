import Link from 'next/link'
import { SignUpForm } from '@/components/auth/sign-up-form'
import { db } from '@/lib/db/db'
import { getRequestLocale, getT } from '@/lib/i18n/server'
import { pagePaths } from '@/lib/paths'
import { isFirstRun } from '@/lib/server/users/first-run'

export const dynamic = 'force-dynamic'

/** Open only while no account exists: the first person becomes the admin. */
export default async function SignUpPage() {
  const t = await getT(await getRequestLocale())
  if (!(await isFirstRun(db)))
    return (
      <main className="narrow">
        <h1>{t('signUp.closedTitle')}</h1>
        <p>{t('auth.errors.signUpClosed')}</p>
        <p>
          <Link href={pagePaths.signIn()}>{t('auth.signIn')}</Link>
        </p>
      </main>
    )
  return (
    <main className="narrow">
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <SignUpForm />
    </main>
  )
}
