'use client'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { I18nProvider } from '@/lib/i18n/client'
import { can, type Role } from '@/lib/auth/permissions'
import type { UiLocale } from '@/lib/i18n/config'
import { LanguageSwitcher } from './language-switcher'
import { SignOutButton } from './sign-out-button'
import { pagePaths } from '@/lib/paths'

/** Who is signed in, as the shell needs it (absent on the sign-in and sign-up pages). */
export type ShellActor = { name: string; role: Role }

function TopBar({ locale, actor }: { locale: UiLocale; actor?: ShellActor }) {
  const { t } = useTranslation()
  return (
    <header className="topbar">
      <a className="skip" href="#content">
        {t('app.skipToContent')}
      </a>
      <Link className="brand" href={pagePaths.documents()}>
        {t('app.name')}
      </Link>
      <span className="muted tagline">{t('app.tagline')}</span>
      <span className="spacer" />
      {/* Signed out (the sign-in page), every link would lead back to it: only the language switcher. */}
      {actor && <Link href={pagePaths.home()}>{t('myWork.title')}</Link>}
      {actor && <Link href={pagePaths.documents()}>{t('documents.title')}</Link>}
      {actor && can({ role: actor.role, langs: [] }, 'documents.create') && (
        <Link href={pagePaths.importFile()}>{t('exchange.import.nav')}</Link>
      )}
      {actor && <Link href={pagePaths.glossary()}>{t('glossary.nav')}</Link>}
      {actor && can({ role: actor.role, langs: [] }, 'memory.import') && (
        <Link href={pagePaths.memoryImport()}>{t('tm.nav')}</Link>
      )}
      {actor?.role === 'admin' && <Link href={pagePaths.users()}>{t('users.title')}</Link>}
      {actor && (
        <Link href={pagePaths.account()} title={t('shell.signedInAs', { name: actor.name })}>
          {t('account.title')}
        </Link>
      )}
      <LanguageSwitcher locale={locale} />
      {actor && <SignOutButton />}
    </header>
  )
}

/** The frame of every page: i18n for the browser, the top bar, then the page. */
export function AppShell({ locale, actor, children }: { locale: UiLocale; actor?: ShellActor; children: ReactNode }) {
  return (
    <I18nProvider locale={locale}>
      <TopBar locale={locale} actor={actor} />
      <div id="content">{children}</div>
    </I18nProvider>
  )
}
