import { createInstance } from 'i18next'
import { describe, expect, test } from 'vitest'
import { RESOURCES, type UiLocale } from '../i18n/config'
import { textToDoc } from '../richtext/text-to-doc'
import { qaMessage } from './qa-message'
import { runSegmentChecks } from './registry'
import { segment } from './test-input'

const LOCALES = Object.keys(RESOURCES) as UiLocale[]

async function translator(locale: UiLocale) {
  const instance = createInstance()
  await instance.init({ lng: locale, fallbackLng: 'en', resources: RESOURCES, interpolation: { escapeValue: false } })
  return instance.t as unknown as (key: string, options?: Record<string, unknown>) => string
}

/** Segments that each trip a different check, bracket and formatting findings among them. */
const FAULTY = [
  segment('He said (twice) 12 times.', 'Он сказал (дважды 13 раз'),
  segment('Bold', 'Жирный', {
    sourceDoc: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bold', marks: [{ type: 'bold' }] }] }],
    },
    targetDoc: textToDoc('Жирный'),
  }),
  segment('A sentence.', 'Предложение!'),
]

describe('qaMessage', () => {
  test.each(LOCALES)('every finding reads as a sentence in %s, with no key or placeholder left raw', async (locale) => {
    const t = await translator(locale)
    const issues = FAULTY.flatMap((input) => runSegmentChecks(input))
    expect(issues.map((i) => i.messageKey)).toEqual(expect.arrayContaining(['unpaired']))
    for (const issue of issues) {
      const message = qaMessage(issue, t, locale)
      expect(message, issue.messageKey).not.toMatch(/qa\.|{{|}}/)
    }
    const unpaired = issues.find((i) => i.messageKey === 'unpaired')!
    expect(qaMessage(unpaired, t, locale)).toContain('(')
  })
})
