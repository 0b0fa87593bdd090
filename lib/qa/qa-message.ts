import type { QaIssue } from './types'

/** A translate function, as i18next gives it (keys checked by the caller). */
export type QaTranslate = (key: string, options?: Record<string, unknown>) => string

function displayName(type: 'language' | 'script', code: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type }).of(code) ?? code
  } catch {
    return code
  }
}

/**
 * An issue's message in the UI language: its key under `qa.issue.`, with languages and scripts named
 * in that language and marks by their label (`qa.mark.bold`).
 */
export function qaMessage(issue: Pick<QaIssue, 'messageKey' | 'params'>, t: QaTranslate, uiLocale: string): string {
  const { params } = issue
  const shown: Record<string, unknown> = { ...params }
  if (typeof params.lang === 'string') shown.lang = displayName('language', params.lang, uiLocale)
  if (typeof params.script === 'string') shown.script = displayName('script', params.script, uiLocale)
  if (typeof params.mark === 'string') shown.mark = t(`qa.mark.${params.mark}`)
  return t(`qa.issue.${issue.messageKey}`, shown)
}
