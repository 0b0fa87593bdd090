'use client'
import { useRouter } from 'next/navigation'
import { useTranslation } from 'react-i18next'
import { LOCALE_COOKIE, UI_LOCALES, type UiLocale } from '@/lib/i18n/config'

const NAMES: Record<UiLocale, string> = { en: 'English', ko: '한국어', ru: 'Русский' }

/** Switches the interface language and remembers it in a cookie for a year. */
export function LanguageSwitcher({ locale }: { locale: UiLocale }) {
  const { t } = useTranslation()
  const router = useRouter()
  return (
    <label>
      <span className="skip">{t('ui.language')}</span>
      <select
        aria-label={t('ui.language')}
        value={locale}
        onChange={(event) => {
          document.cookie = `${LOCALE_COOKIE}=${event.target.value}; path=/; max-age=31536000; samesite=lax`
          router.refresh()
        }}
      >
        {UI_LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  )
}
