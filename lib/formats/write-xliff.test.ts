import { describe, expect, test } from 'vitest'
import type { AlignedLink } from './aligned-document'
import { parseXliff } from './read-xliff'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect, readXliff12WithTranslateToolkit, validateXliff } from './test-fixtures/tools'
import { writeXliff, writeXliff12 } from './write-xliff'

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

describe('writeXliff12', () => {
  const rejectedSample = () => {
    const input = sampleDocument(['ru'])
    const links = input.translations[0]!.links as AlignedLink[]
    links[1]!.target[0]!.status = 'rejected'
    return input
  }

  test('targets, exact statuses, notes and formatting come back through parseXliff', async () => {
    const xliff = await collect(
      writeXliff12(rejectedSample(), { createdAt: FIXED_DATE, includeEmpty: true, includeUnaligned: true }),
    )
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2"')
    expect(xliff).toContain('source-language="en" target-language="ru" datatype="plaintext"')
    const file = await parseXliff(xliff)
    expect(file.warnings).toEqual([])
    expect(file.header).toMatchObject({ format: 'xliff-1.2', sourceLang: 'en', targetLangs: ['ru'] })
    expect(file.units.map((u) => u.targets[0]?.status ?? null)).toEqual([
      'approved',
      'rejected',
      'draft',
      null,
      'empty',
      'approved',
    ])
    expect(file.units.every((u) => u.targets.every((t) => !t.isStatusGuessed))).toBe(true)
    const first = file.units[0]!
    expect(first.targets[0]!.comments).toEqual([
      { author: 'Boris', text: 'Checked <quotes> & all', createdAt: new Date('2024-02-03T04:05:06Z') },
    ])
    expect(first.source!.content.content[0]!.content).toContainEqual({
      type: 'text',
      text: 'bold',
      marks: [{ type: 'bold' }],
    })
    expect(first.targets[0]!.content.content[0]!.content).toContainEqual({
      type: 'text',
      text: 'ссылка',
      marks: [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b="2"' } }, { type: 'italic' }],
    })
    expect(file.units[2]!.targets[0]!.text).toBe('Четвёртый, с\nпереносом. И x2.')
    expect(file.units[2]!.targets[0]!.content.content).toHaveLength(2)
    expect(file.units[1]!.properties).toMatchObject({ sourcePositions: '1,2', linkType: '2:1' })
    expect(file.units[1]!.properties).not.toHaveProperty('status')
  })

  test('a tool that changed the state wins over our exact status', async () => {
    const xliff = (await collect(writeXliff12(rejectedSample(), { createdAt: FIXED_DATE }))).replace(
      '<target state="needs-translation">Второй',
      '<target state="translated">Второй',
    )
    const file = await parseXliff(xliff)
    expect(file.units[1]!.targets[0]!.status).toBe('translated')
  })

  test('translate-toolkit reads the languages, the plain text, approval and notes', async () => {
    const xliff = await collect(writeXliff12(sampleDocument(['ru']), { createdAt: FIXED_DATE, includeEmpty: true }))
    const read = readXliff12WithTranslateToolkit(xliff)
    expect(read).toMatchObject({ type: 'xlifffile', sourceLang: 'en', targetLang: 'ru' })
    expect(read.units.map((u) => [u.source, u.target, u.approved])).toEqual([
      [
        'Hello bold & <friends> "quoted" \'single\' link.',
        'Привет, жирный & <друзья> "кавычки" \'одинарные\' ссылка.',
        true,
      ],
      // Inline codes (<x/>: a line break, the join of two paragraphs) are left out of its text.
      ['Second paragraph.Third paragraph.', 'Второй и третий абзацы.', false],
      ['Fourth, with abreak. And x2.', 'Четвёртый, спереносом.И x2.', false],
      ['Sixth: Russian left it empty.', '', false],
      ['Seventh and last.', 'Седьмой и последний.', true],
    ])
    expect(read.units[0]!.notes).toBe('Checked <quotes> & all')
  })

  test('plain export has no inline codes; an empty export is still a well-formed file', async () => {
    const plain = await collect(writeXliff12(sampleDocument(['ru']), { createdAt: FIXED_DATE, formatting: 'plain' }))
    expect(plain).not.toMatch(/<g |<x /)
    expect(readXliff12WithTranslateToolkit(plain).units[1]!.source).toBe('Second paragraph. Third paragraph.')
    expect((await parseXliff(plain)).units[0]!.targets[0]!.text).toBe(
      'Привет, жирный & <друзья> "кавычки" \'одинарные\' ссылка.',
    )
    const none = await collect(
      writeXliff12(sampleDocument(['ru']), {
        createdAt: FIXED_DATE,
        statuses: 'approved',
        unit: 'sentence',
        languages: ['ru'],
      }),
    )
    const file = await parseXliff(none)
    expect(file.warnings).toEqual([])
    expect(readXliff12WithTranslateToolkit(none).units).toHaveLength(2)
  })

  test('refuses more than one target language', async () => {
    await expect(collect(writeXliff12(sampleDocument(['ru', 'ko']), { createdAt: FIXED_DATE }))).rejects.toMatchObject({
      code: 'errors.export.languages',
    })
  })
})
