import { describe, expect, test } from 'vitest'
import type { ImportedHeader, ImportedSegment, ImportedUnit } from '@/lib/formats/imported-unit'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { PlannedTranslation } from './import-plan'
import { createSlotBuilder, slotToLink, SourceMismatchError } from './unit-slots'

const header: ImportedHeader = { format: 'tmx', version: '1.4', sourceLang: 'en', targetLangs: ['ru'], properties: {} }
const seg = (lang: string, text: string, extra: Partial<ImportedSegment> = {}): ImportedSegment => ({
  lang,
  content: textToDoc(text),
  text,
  placeholders: [],
  properties: {},
  comments: [],
  ...extra,
})
const unit = (en: string | undefined, ...targets: ImportedSegment[]): ImportedUnit => ({
  ...(en === undefined ? {} : { source: seg('en', en) }),
  targets,
  properties: {},
  notes: [],
})

/** Places every unit, then builds each language's segments and links the way an import writes them. */
function place(h: ImportedHeader, units: readonly ImportedUnit[], paragraphTexts?: readonly string[]) {
  const builder = createSlotBuilder(h, paragraphTexts)
  const slots = units.flatMap((u) => builder.add(u))
  slots.push(...builder.finish())
  const translations = builder.langs().map((lang) => {
    const translation: PlannedTranslation = { lang, segments: [], links: [] }
    for (const slot of slots) {
      const made = slotToLink(slot, lang, { segment: translation.segments.length, link: translation.links.length })
      if (!made) continue
      translation.segments.push(made.segment)
      translation.links.push(made.link)
    }
    return translation
  })
  return { paragraphs: slots.flatMap((s) => (s.source ? [s.source] : [])), translations }
}

describe('createSlotBuilder for a new document', () => {
  test('one paragraph per unit, 1:1 links, a missing target as an empty segment and a target-only unit as 0:1', () => {
    const plan = place(header, [
      unit('One.', seg('ru', 'Один.', { status: 'approved' })),
      unit('Two.'),
      unit(undefined, seg('ru', 'Лишнее.')),
    ])
    expect(plan.paragraphs).toHaveLength(2)
    const ru = plan.translations[0]!
    expect(ru.lang).toBe('ru')
    expect(ru.links.map((l) => [l.sources, l.targets])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
    ])
    expect(ru.segments.map((s) => [s.text, s.status])).toEqual([
      ['Один.', 'approved'],
      ['', 'empty'],
      ['Лишнее.', 'translated'],
    ])
  })

  test('a language first seen in a later unit gets its own translation', () => {
    const plan = place({ ...header, targetLangs: [] }, [
      unit('One.', seg('ru', 'Один.')),
      unit('Two.', seg('ko', '둘.')),
    ])
    expect(plan.translations.map((t) => [t.lang, t.segments.map((s) => s.text)])).toEqual([
      ['ru', ['Один.', '']],
      ['ko', ['', '둘.']],
    ])
  })

  test('a unit with no target keeps its notes and its source notes on the empty segment of each language', () => {
    const waiting: ImportedUnit = {
      source: seg('en', 'Two.', { comments: [{ text: 'From the contract.' }] }),
      targets: [],
      properties: {},
      notes: [{ text: 'Not translated yet.' }, { text: ' ' }],
    }
    const plan = place({ ...header, targetLangs: ['ru', 'ko'] }, [unit('One.', seg('ru', 'Один.')), waiting])
    expect(plan.translations.map((t) => [t.lang, t.segments.map((s) => s.comments ?? [])])).toEqual([
      ['ru', [[], [{ text: 'Not translated yet.' }, { text: 'From the contract.' }]]],
      ['ko', [[], [{ text: 'Not translated yet.' }, { text: 'From the contract.' }]]],
    ])
  })
})

describe('createSlotBuilder for an existing document', () => {
  const paragraphs = ['First.', 'Second  part.', 'Third.', 'Fourth.']

  test('matches units to paragraphs in order, joins runs into 2:1 links and fills skipped paragraphs', () => {
    const plan = place(
      header,
      [unit('First. Second part.', seg('ru', 'Первое и второе.')), unit('Fourth.', seg('ru', 'Четвёртое.'))],
      paragraphs,
    )
    const ru = plan.translations[0]!
    expect(ru.links.map((l) => l.sources)).toEqual([[0, 1], [2], [3]])
    expect(ru.segments.map((s) => s.text)).toEqual(['Первое и второе.', '', 'Четвёртое.'])
  })

  test('a unit whose source is not in the document is refused with its number', () => {
    const units = [unit('First.', seg('ru', 'Первое.')), unit('Not there.', seg('ru', 'Нет.'))]
    expect(() => place(header, units, paragraphs)).toThrow(SourceMismatchError)
    try {
      place(header, units, paragraphs)
    } catch (error) {
      expect((error as SourceMismatchError).unitIndex).toBe(2)
    }
  })
})
