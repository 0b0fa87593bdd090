import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { getExportSource } from '@/lib/db/export-source'
import { createTestActor } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { toExportOptions, writeExport, type ExportFormat } from '@/lib/exchange/export-request'
import { collect } from '@/lib/formats/test-fixtures/tools'
import { importExchangeFile, type ImportRequest } from './import-exchange-file'

// Files as CAT tools write them (several <file>s in different language pairs, namespace prefixes,
// no target language, srclang="*all*", notes, a second variant in one language): each is imported
// whole into the right languages, or refused with a clear error that leaves nothing behind, and
// everything left out is listed in the result.

const DIR = path.join(__dirname, '../../formats/test-fixtures/real-world')
const MAX = 10 * 1024 * 1024
const fileOf = (name: string) => new Uint8Array(readFileSync(path.join(DIR, name)))

describe.each(testBackends())('real-world TMX and XLIFF imports on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  const importFile = (name: string, extra: Partial<ImportRequest> = {}) =>
    importExchangeFile(
      db,
      { input: fileOf(name), format: name.endsWith('.tmx') ? 'tmx' : 'xliff', fileName: name, maxBytes: MAX, ...extra },
      actor,
    )

  async function texts(documentId: string) {
    const document = await db.document.findUniqueOrThrow({
      where: { id: documentId },
      select: {
        sourceLang: true,
        origin: true,
        paragraphs: { orderBy: { position: 'asc' }, select: { text: true } },
        translations: {
          orderBy: { lang: 'asc' },
          select: {
            lang: true,
            segments: {
              orderBy: { position: 'asc' },
              select: {
                text: true,
                status: true,
                content: true,
                comments: { orderBy: { createdAt: 'asc' }, select: { body: true, authorName: true } },
              },
            },
          },
        },
      },
    })
    return {
      sourceLang: document.sourceLang,
      fileNotes: (document.origin as { notes?: string[] }).notes,
      paragraphs: document.paragraphs.map((p) => p.text),
      translations: Object.fromEntries(document.translations.map((t) => [t.lang, t.segments])),
    }
  }

  async function refusedWithNothingLeft(run: () => Promise<unknown>, code: string) {
    const before = await db.document.count()
    await expect(run()).rejects.toMatchObject({ code })
    expect(await db.document.count()).toBe(before)
  }

  async function exportOf(documentId: string, format: ExportFormat, lang: string) {
    const options = toExportOptions(
      { format, langs: [lang], status: 'all', unit: 'paragraph', formatted: true, empty: true, unaligned: true },
      [lang],
      new Date('2026-01-02T03:04:05Z'),
    )
    const source = await getExportSource(db, { documentId, languages: [lang] })
    return collect(writeExport(format, source!, options))
  }

  test('an XLIFF 1.2 with <file>s in three language pairs keeps each pair apart and lists what it skipped', async () => {
    const first = await importFile('multi-file-pairs.xlf')
    const doc = await texts(first.documentId)
    expect(doc.sourceLang).toBe('en')
    expect(doc.paragraphs).toEqual(['The first step.', 'The second step.'])
    expect(Object.keys(doc.translations)).toEqual(['fr'])
    expect(doc.translations.fr!.map((s) => s.text)).toEqual(['La première étape.', 'La deuxième étape.'])
    expect(first.skipped).toEqual([
      { reason: 'languagePair', file: 2, original: 'guide.html', sourceLang: 'en', targetLang: 'de', units: 2 },
      { reason: 'languagePair', file: 3, original: 'menu.txt', sourceLang: 'ja', targetLang: 'ko', units: 1 },
    ])

    // The German file goes into the same document when German is chosen.
    const german = await importFile('multi-file-pairs.xlf', {
      documentId: first.documentId,
      languages: { targetLang: 'de' },
    })
    expect(german.languages).toEqual(['de'])
    expect((await texts(first.documentId)).translations.de!.map((s) => s.text)).toEqual([
      'Der erste Schritt.',
      'Der zweite Schritt.',
    ])
    expect(german.skipped?.map((s) => s.reason === 'languagePair' && s.file)).toEqual([1, 3])

    // The Japanese → Korean file is a document of its own.
    const korean = await importFile('multi-file-pairs.xlf', { languages: { sourceLang: 'ja', targetLang: 'ko' } })
    const ko = await texts(korean.documentId)
    expect(ko.sourceLang).toBe('ja')
    expect(ko.paragraphs).toEqual(['ファイルを開く'])
    expect(ko.translations.ko!.map((s) => s.text)).toEqual(['파일 열기'])
  })

  test('XLIFF elements with a namespace prefix are read by their namespace (1.2 and 2.0)', async () => {
    const v12 = await importFile('prefixed-1.2.xlf')
    const de = await texts(v12.documentId)
    expect(de.paragraphs).toEqual(['Open the file.', 'Save it.'])
    expect(de.translations.de!.map((s) => [s.text, s.status])).toEqual([
      ['Öffnen Sie die Datei.', 'approved'],
      ['Speichern Sie sie.', 'draft'],
    ])
    expect(JSON.stringify(de.translations.de![0]!.content)).toContain('"bold"')
    expect(de.translations.de![0]!.comments).toEqual([{ body: 'Check the term.', authorName: 'reviewer' }])
    expect(de.fileNotes).toEqual(['Translate for a German audience.'])
    expect(v12.fileNotes).toBe(1)

    const v20 = await importFile('prefixed-2.0.xlf')
    const ru = await texts(v20.documentId)
    // A <pc> without native data is a protected placeholder pair (see docs/formats.md).
    expect(ru.paragraphs).toEqual(['Hello ⟦pc 1⟧world⟦/pc⟧.', 'Goodbye.'])
    expect(ru.translations.ru!.map((s) => s.text)).toEqual(['Привет, ⟦pc 1⟧мир⟦/pc⟧.', 'До свидания.'])
    expect(ru.translations.ru![0]!.comments).toEqual([{ body: 'Keep it short.', authorName: null }])
    expect(ru.fileNotes).toEqual(['Glossary: use «мир» for world.'])
  })

  test('an XLIFF 1.2 that names no target language asks for one, then keeps every target and its state', async () => {
    await refusedWithNothingLeft(() => importFile('no-target-language.xlf'), 'import.noTargetLang')
    // trgLang="" is no language tag: an invalid file, refused as such (a missing trgLang with targets too).
    await refusedWithNothingLeft(() => importFile('empty-trglang.xlf'), 'import.invalidFile')
    await expect(importFile('empty-trglang.xlf', { languages: { targetLang: 'fr' } })).rejects.toMatchObject({
      details: { problems: [{ code: 'language.invalid' }] },
    })
    const result = await importFile('no-target-language.xlf', { languages: { targetLang: 'nl' } })
    const doc = await texts(result.documentId)
    expect(doc.translations.nl!.map((s) => [s.text, s.status])).toEqual([
      ['Een', 'draft'],
      ['Twee', 'translated'],
      ['Drie', 'approved'],
    ])
  })

  test('the language pair is that of the first <file> with units, not of empty <file>s before it', async () => {
    const result = await importFile('leading-empty-files.xlf')
    const doc = await texts(result.documentId)
    expect(doc.sourceLang).toBe('en-US')
    expect(doc.paragraphs).toEqual(['Welcome.'])
    expect(Object.keys(doc.translations)).toEqual(['es-ES'])
    expect(doc.translations['es-ES']!.map((s) => s.text)).toEqual(['Bienvenido.'])
    expect(result.skipped).toBeUndefined()
  })

  test("an XLIFF with no target yet still gets the file's target language, to be translated", async () => {
    const result = await importFile('source-only-2.0.xlf')
    expect(result.languages).toEqual(['it-IT'])
    const doc = await texts(result.documentId)
    expect(doc.paragraphs).toEqual(['To be translated.', 'Also this.'])
    expect(doc.translations['it-IT']!.map((s) => [s.text, s.status])).toEqual([
      ['', 'empty'],
      ['', 'empty'],
    ])
  })

  test('a file without target language whose units have notes asks for one, so the notes are kept', async () => {
    await refusedWithNothingLeft(() => importFile('no-target-language-notes.xlf'), 'import.noTargetLang')
    const result = await importFile('no-target-language-notes.xlf', { languages: { targetLang: 'de' } })
    const doc = await texts(result.documentId)
    expect(doc.translations.de!.map((s) => s.comments)).toEqual([[{ body: 'Image alt text.', authorName: null }]])
  })

  test('the notes of a TMX unit with only its source variant are kept on the empty segments', async () => {
    const result = await importFile('tmx-1.4-compliance.tmx')
    const doc = await texts(result.documentId)
    const waiting = doc.paragraphs.indexOf('Waiting for a translation.')
    for (const lang of ['de-DE', 'fr-FR'])
      expect(doc.translations[lang]![waiting]!.comments).toEqual([
        { body: 'Not translated yet: only the source variant.', authorName: null },
      ])
  })

  test('srclang="*all*" takes the first unit\'s first language as the source and refiles every unit by it', async () => {
    const result = await importFile('srclang-all.tmx')
    const doc = await texts(result.documentId)
    expect(doc.sourceLang).toBe('de')
    expect(doc.paragraphs).toEqual(['Guten Morgen.', 'Danke.'])
    expect(doc.translations.fr!.map((s) => s.text)).toEqual(['Bonjour.', 'Merci.'])
  })

  test('a TMX in which no unit has the source language is refused with the languages it has, or imported with a chosen one', async () => {
    await refusedWithNothingLeft(() => importFile('no-source-variant.tmx'), 'import.noSourceText')
    await expect(importFile('no-source-variant.tmx')).rejects.toMatchObject({
      details: { sourceLang: 'en', langs: 'de, fr' },
    })
    const doc = await texts((await importFile('no-source-variant.tmx', { languages: { sourceLang: 'fr' } })).documentId)
    expect(doc.sourceLang).toBe('fr')
    expect(doc.paragraphs).toEqual(['Bonjour.', 'Merci.'])
    expect(doc.translations.de!.map((s) => s.text)).toEqual(['Guten Morgen.', 'Danke.'])
  })

  test('TMX notes become comments and come out again; a second variant in one language is listed as skipped', async () => {
    const result = await importFile('notes-and-variants.tmx')
    expect(result.comments).toBe(3)
    expect(result.skipped).toEqual([{ reason: 'duplicateVariant', unit: 'a', lang: 'ru' }])
    expect(result.skippedCount).toBe(1)
    const doc = await texts(result.documentId)
    expect(doc.fileNotes).toEqual(['Header notes describe the file.'])
    expect(doc.translations.ru!.map((s) => s.text)).toEqual(['Применяются условия.', 'Спасибо.'])
    expect(doc.translations.ru![0]!.comments).toEqual([
      { body: 'Legal wording, do not shorten.', authorName: null },
      { body: 'Source from the 2024 contract.', authorName: null },
      { body: 'checked with the lawyer', authorName: 'anna' },
    ])
    const tmx = await exportOf(result.documentId, 'tmx', 'ru')
    expect(tmx).toContain('<note>Legal wording, do not shorten.</note>')
    expect(tmx).toContain('<note>anna: checked with the lawyer</note>')
    const json = await exportOf(result.documentId, 'json', 'ru')
    expect(json).toContain('"author":"anna","text":"checked with the lawyer"')

    // The project JSON brings the comments back.
    const again = await importExchangeFile(
      db,
      { input: json, format: 'json', fileName: 'notes.json', maxBytes: MAX },
      actor,
    )
    expect((await texts(again.documentId)).translations.ru![0]!.comments).toEqual(doc.translations.ru![0]!.comments)
  })
})
