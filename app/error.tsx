'use client'
import Link from 'next/link'
import { useTranslation } from 'react-i18next'
import { pagePaths } from '@/lib/paths'

/** A bug while rendering a page: a localized message (the root layout's i18n provider is above this boundary). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useTranslation()
  return (
    <main role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{t('errors.generic')}</p>
      <p>
        <button type="button" onClick={reset}>
          {t('errors.retry')}
        </button>{' '}
        <Link href={pagePaths.documents()}>{t('errors.home')}</Link>
      </p>
    </main>
  )
}
