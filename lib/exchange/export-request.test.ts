import { describe, expect, test } from 'vitest'
import {
  checkExportLanguages,
  contentDisposition,
  EXPORT_FORMATS,
  ExportRequestSchema,
  exportFileName,
} from './export-request'

const parse = (query: Record<string, string>) => ExportRequestSchema.parse(query)

describe('ExportRequestSchema', () => {
  test('fills the defaults and splits the languages', () => {
    expect(parse({ format: 'tmx-multi', langs: 'ru, ko' })).toEqual({
      format: 'tmx-multi',
      langs: ['ru', 'ko'],
      status: 'all',
      unit: 'paragraph',
      formatted: true,
      empty: false,
      unaligned: false,
    })
  })

  test('refuses an unknown format', () => {
    expect(ExportRequestSchema.safeParse({ format: 'docx' }).success).toBe(false)
  })
})

describe('checkExportLanguages', () => {
  test.each([
    [{ format: 'xliff', langs: 'ru,ko' }, 'export.bilingual'],
    [{ format: 'xliff12', langs: 'ru,ko' }, 'export.bilingual'],
    [{ format: 'tmx' }, 'export.bilingual'],
    [{ format: 'tmx-multi', langs: 'de' }, 'export.languages'],
    [{ format: 'json', langs: 'ru,RU' }, 'export.languages'],
  ])('%o is refused with %s', (query, code) => {
    expect(checkExportLanguages(parse(query), ['ko', 'ru'])?.code).toBe(code)
  })

  test('names the bilingual format in the error', () => {
    expect(checkExportLanguages(parse({ format: 'xliff12' }), ['ko', 'ru'])?.params).toEqual({ format: 'XLIFF 1.2' })
  })

  test('a bilingual format with one of the document languages passes, in any letter case', () => {
    expect(checkExportLanguages(parse({ format: 'xliff', langs: 'RU' }), ['ko', 'ru'])).toBeNull()
  })
})

describe('exportFileName and contentDisposition', () => {
  test('keeps a Unicode title in filename* and an ASCII fallback in filename', () => {
    const name = exportFileName('Дружба / "friends"', 'en', ['ru'], 'tmx')
    expect(name).toBe('Дружба friends.en-ru.tmx')
    expect(contentDisposition(name)).toBe(
      `attachment; filename="______ friends.en-ru.tmx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
  })

  test('each variant of a format downloads under a name of its own; the common ones keep the plain extension', () => {
    const names = Object.fromEntries(EXPORT_FORMATS.map((f) => [f, exportFileName('Doc', 'en', ['ru'], f)]))
    expect(names).toEqual({
      tmx: 'Doc.en-ru.tmx',
      'tmx-multi': 'Doc.en-ru.multi.tmx',
      xliff: 'Doc.en-ru.xlf',
      xliff12: 'Doc.en-ru.xliff12.xlf',
      json: 'Doc.en-ru.json',
      jsonl: 'Doc.en-ru.jsonl',
    })
    expect(new Set(Object.values(names)).size).toBe(EXPORT_FORMATS.length)
  })
})
