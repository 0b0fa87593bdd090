import Link from 'next/link'
import { getRequestLocale, getT } from '@/lib/i18n/server'
import { pagePaths } from '@/lib/paths'

/** A page the signed-in person may not see (`forbidden()`), in the reader's language. */
export default async function Forbidden() {
  const t = await getT(await getRequestLocale())
  return (
    <main>
      <h1>{t('auth.forbiddenTitle')}</h1>
      <p>{t('errors.auth.forbidden')}</p>
      <p>
        <Link href={pagePaths.home()}>{t('errors.home')}</Link>
      </p>
    </main>
  )
}
