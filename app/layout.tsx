import type { Metadata } from 'next'
import type { ReactNode } from 'react'
import { AppShell } from '@/components/layout/app-shell'
import { getRequestLocale } from '@/lib/i18n/server'
import './globals.css'

export const metadata: Metadata = { title: 'Parallel', description: 'Translation alignment workbench' }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getRequestLocale()
  return (
    <html lang={locale}>
      <body>
        <AppShell locale={locale}>{children}</AppShell>
      </body>
    </html>
  )
}
