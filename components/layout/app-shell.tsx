'use client'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { I18nProvider } from '@/lib/i18n/client'
import type { UiLocale } from '@/lib/i18n/config'
import { LanguageSwitcher } from './language-switcher'
import { pagePaths } from '@/lib/paths'

function TopBar({ locale }: { locale: UiLocale }) {
  const { t } = useTranslation()
  return (
    <header className="topbar">
      <a className="skip" href="#content">
        {t('app.skipToContent')}
      </a>
      <Link className="brand" href={pagePaths.documents()}>
        {t('app.name')}
      </Link>
      <span className="muted">{t('app.tagline')}</span>
      <span className="spacer" />
      <Link href={pagePaths.home()}>{t('myWork.title')}</Link>
      <Link href={pagePaths.documents()}>{t('documents.title')}</Link>
      <Link href={pagePaths.importFile()}>{t('exchange.import.nav')}</Link>
      <Link href={pagePaths.check()}>{t('exchange.check.nav')}</Link>
      <LanguageSwitcher locale={locale} />
    </header>
  )
}

/** The frame of every page: i18n for the browser, the top bar, then the page. */
export function AppShell({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  return (
    <I18nProvider locale={locale}>
      <TopBar locale={locale} />
      <div id="content">{children}</div>
    </I18nProvider>
  )
}
