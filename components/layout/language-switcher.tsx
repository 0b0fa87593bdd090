'use client'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCALE_COOKIE, UI_LOCALES, type UiLocale } from '@/lib/i18n/config'

const NAMES: Record<UiLocale, string> = { en: 'English', ko: '한국어', ru: 'Русский' }

/**
 * Switches the interface language and remembers it in a cookie for a year. The menu shows the language
 * last chosen, not the one the page was drawn in: bound to the page's, a second arrow key pressed before
 * the page had switched started again from the old language (Korean twice, Russian never).
 */
export function LanguageSwitcher({ locale }: { locale: UiLocale }) {
  const { t } = useTranslation()
  const router = useRouter()
  const [chosen, setChosen] = useState({ locale, drawn: locale })
  // The page drawn in another language (a reload, another tab's choice) is what the menu shows then.
  if (chosen.drawn !== locale) setChosen({ locale, drawn: locale })
  return (
    <label>
      <span className="skip">{t('ui.language')}</span>
      <select
        aria-label={t('ui.language')}
        value={chosen.locale}
        onChange={(event) => {
          const next = event.target.value as UiLocale
          setChosen({ locale: next, drawn: locale })
          document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`
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
