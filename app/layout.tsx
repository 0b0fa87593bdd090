import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { AppShell } from '@/components/layout/app-shell'
import { getPageActor } from '@/lib/http/page-auth'
import { getRequestLocale } from '@/lib/i18n/server'
import './globals.css'

export const metadata: Metadata = { title: 'Parallel', description: 'Translation alignment workbench' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, actor] = await Promise.all([getRequestLocale(), getPageActor()])
  return (
    <html lang={locale}>
      <body>
        <AppShell locale={locale} actor={actor ? { name: actor.name, role: actor.role } : undefined}>
          {children}
        </AppShell>
      </body>
    </html>
  )
}
