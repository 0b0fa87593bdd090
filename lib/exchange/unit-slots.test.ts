import { describe, expect, test } from 'vitest'
import type { ImportedHeader, ImportedSegment, ImportedUnit } from '@/lib/formats/imported-unit'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import { planNewDocumentFromUnits, planNewLanguagesFromUnits, SourceMismatchError } from './plan-units-import'

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

describe('planNewDocumentFromUnits', () => {
  test('one paragraph per unit, 1:1 links, a missing target as an empty segment and a target-only unit as 0:1', () => {
    const plan = planNewDocumentFromUnits(
      header,
      [unit('One.', seg('ru', 'Один.', { status: 'approved' })), unit('Two.'), unit(undefined, seg('ru', 'Лишнее.'))],
      { title: 'T', fileName: 't.tmx' },
    )
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
    const plan = planNewDocumentFromUnits(
      { ...header, targetLangs: [] },
      [unit('One.', seg('ru', 'Один.')), unit('Two.', seg('ko', '둘.'))],
      { title: 'T', fileName: 't.tmx' },
    )
    expect(plan.translations.map((t) => [t.lang, t.segments.map((s) => s.text)])).toEqual([
      ['ru', ['Один.', '']],
      ['ko', ['', '둘.']],
    ])
  })
})

describe('planNewLanguagesFromUnits', () => {
  const paragraphs = ['First.', 'Second  part.', 'Third.', 'Fourth.']

  test('matches units to paragraphs in order, joins runs into 2:1 links and fills skipped paragraphs', () => {
    const plan = planNewLanguagesFromUnits('doc', paragraphs, header, [
      unit('First. Second part.', seg('ru', 'Первое и второе.')),
      unit('Fourth.', seg('ru', 'Четвёртое.')),
    ])
    const ru = plan.translations[0]!
    expect(ru.links.map((l) => l.sources)).toEqual([[0, 1], [2], [3]])
    expect(ru.segments.map((s) => s.text)).toEqual(['Первое и второе.', '', 'Четвёртое.'])
  })

  test('a unit whose source is not in the document is refused with its number', () => {
    const units = [unit('First.', seg('ru', 'Первое.')), unit('Not there.', seg('ru', 'Нет.'))]
    expect(() => planNewLanguagesFromUnits('doc', paragraphs, header, units)).toThrow(SourceMismatchError)
    try {
      planNewLanguagesFromUnits('doc', paragraphs, header, units)
    } catch (error) {
      expect((error as SourceMismatchError).unitIndex).toBe(2)
    }
  })
})
