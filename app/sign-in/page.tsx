import { redirect } from 'next/navigation'
import { SignInForm } from '@/components/auth/sign-in-form'
import { getPageActor } from '@/lib/http/page-auth'
import { getRequestLocale, getT } from '@/lib/i18n/server'
import { localHref, pagePaths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next: given } = await searchParams
  const next = typeof given === 'string' ? localHref(given) : undefined
  if (await getPageActor()) redirect(next ?? pagePaths.home())
  const t = await getT(await getRequestLocale())
  return (
    <main className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
      <SignInForm next={next} />
    </main>
  )
}
