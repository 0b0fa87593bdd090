import { describe, expect, test } from 'vitest'
import { parseXliff } from './read-xliff'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect, validateXliff } from './test-fixtures/tools'
import { writeXliff } from './write-xliff'

describe('writeXliff', () => {
  test.each([
    ['ru', {}],
    ['ru', { includeEmpty: true, includeUnaligned: true }],
    ['ko', { unit: 'sentence' as const }],
    ['ar', { formatting: 'plain' as const }],
    ['ru', { statuses: 'approved' as const, languages: ['ru'] }],
  ])('a %s export %j is valid against the XLIFF 2.1 core schema', async (lang, extra) => {
    const xliff = await collect(writeXliff(sampleDocument([lang]), { createdAt: FIXED_DATE, ...extra }))
    expect(validateXliff(xliff)).toBe('')
  })

  test('a file with no units is still valid', async () => {
    const xliff = await collect(
      writeXliff(sampleDocument(['ru']), {
        createdAt: FIXED_DATE,
        statuses: 'approved',
        languages: ['ru'],
        unit: 'paragraph',
      }),
    )
    expect(validateXliff(xliff)).toBe('')
  })

  test('targets, states and reviewer notes come back through parseXliff', async () => {
    const xliff = await collect(
      writeXliff(sampleDocument(['ru']), { createdAt: FIXED_DATE, includeEmpty: true, includeUnaligned: true }),
    )
    expect(xliff).toContain('<segment id="s1" state="final" subState="prl:approved">')
    const file = await parseXliff(xliff)
    expect(file.warnings).toEqual([])
    expect(file.header).toMatchObject({ format: 'xliff-2', sourceLang: 'en', targetLangs: ['ru'] })
    expect(file.units.map((u) => u.targets[0]?.status ?? null)).toEqual([
      'approved',
      'translated',
      'draft',
      null,
      'empty',
      'approved',
    ])
    const first = file.units[0]!
    expect(first.targets[0]!.comments).toEqual([
      { author: 'Boris', text: 'Checked <quotes> & all', createdAt: new Date('2024-02-03T04:05:06Z') },
    ])
    expect(first.targets[0]!.content.content[0]!.content).toContainEqual({
      type: 'text',
      text: 'ссылка',
      marks: [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }, { type: 'italic' }],
    })
    expect(file.units[2]!.targets[0]!.text).toBe('Четвёртый, с\nпереносом. И x2.')
  })

  test('refuses more than one target language', async () => {
    await expect(collect(writeXliff(sampleDocument(['ru', 'ko']), { createdAt: FIXED_DATE }))).rejects.toMatchObject({
      code: 'errors.export.languages',
    })
  })
})
