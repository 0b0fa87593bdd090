import { createInstance, type TFunction } from 'i18next'
import { cookies, headers } from 'next/headers'
import { LOCALE_COOKIE, pickLocale, RESOURCES, type UiLocale } from './config'

/** A fresh i18next instance for one request (never shared between users). */
export async function getT(locale: UiLocale): Promise<TFunction> {
  const instance = createInstance()
  await instance.init({ lng: locale, fallbackLng: 'en', resources: RESOURCES, interpolation: { escapeValue: false } })
  return instance.t
}

/** The UI locale of this request: the remembered choice, else the browser's languages. */
export async function getRequestLocale(): Promise<UiLocale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()])
  return pickLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerList.get('accept-language'))
}
