import Link from 'next/link'
import { getRequestLocale, getT } from '@/lib/i18n/server'
import { pagePaths } from '@/lib/paths'

/** Any unknown page, or a page that calls `notFound()`, in the reader's language. */
export default async function NotFound() {
  const t = await getT(await getRequestLocale())
  return (
    <main>
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFound')}</p>
      <p>
        <Link href={pagePaths.documents()}>{t('errors.home')}</Link>
      </p>
    </main>
  )
}
