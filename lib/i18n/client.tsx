'use client'
import { createInstance } from 'i18next'
import { useMemo, type ReactNode } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { RESOURCES, type UiLocale } from './config'

/** Provides i18next in the browser, initialised synchronously from the bundled resources (no flash). */
export function I18nProvider({ locale, children }: { locale: UiLocale; children: ReactNode }) {
  const i18n = useMemo(() => {
    const instance = createInstance()
    void instance.use(initReactI18next).init({
      lng: locale,
      fallbackLng: 'en',
      resources: RESOURCES,
      initAsync: false,
      interpolation: { escapeValue: false },
    })
    return instance
  }, [locale])
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
}
