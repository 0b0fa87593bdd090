import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from '@/lib/auth/permissions'
import type { Db } from '@/lib/db/client'
import { createTestActor } from '@/lib/db/test/factories'
import { testBackends } from '@/lib/db/test/test-databases'
import { AppError } from '@/lib/errors'
import { checkExchangeFile } from '@/lib/exchange/check-exchange-file'
import { sameLanguage } from '@/lib/formats/lang-tag'
import {
  FIXTURES,
  readIndependently,
  type IndependentPart,
  type IndependentReading,
} from '@/lib/formats/test-fixtures/tools'
import { importExchangeFile } from './import-exchange-file'

// Every third-party file (Matecat's and locize's XLIFF test suites, MIT) and every real-world case of
// our own is imported and compared with an independent reader run once over all of them
// (lib/formats/test-fixtures/read-corpus.py: translate-toolkit for TMX and XLIFF 1.x, lxml and
// xmllint with the XLIFF 2 core schema for XLIFF 2): units kept, languages, notes, and refusals
// with a line and a column. Where the two rightly differ, the table below says why.

const DIRS = ['third-party/files', 'real-world']
const FILES = DIRS.flatMap((dir) =>
  readdirSync(path.join(FIXTURES, dir))
    .sort()
    .map((name) => `${dir}/${name}`),
)
const MAX = 10 * 1024 * 1024

type Explanation = {
  why: string
  /** The languages chosen with the import, as the import page asks for them. */
  languages?: { sourceLang?: string; targetLang?: string }
  /** The import refuses the file with this code although it is well-formed (nothing to import). */
  refusedWith?: string
  /** The independent reader cannot read the file; what it holds, counted by hand. */
  byHand?: IndependentPart
  /** The file is refused as invalid, but at another place than the independent reader's first complaint. */
  otherLine?: boolean
}

const EXPLAINED: Record<string, Explanation> = {
  'matecat_empty.xliff': {
    why: 'a <file> with no unit (schema-invalid): nothing to import',
    refusedWith: 'import.noUnits',
  },
  'matecat_no-trgLang.xliff': { why: 'trgLang="" names no target language', languages: { targetLang: 'es' } },
  'matecat_no-target.xliff': {
    why: 'target-language="" names no target language, and the unit has a note to keep',
    languages: { targetLang: 'it' },
  },
  'empty-trglang.xlf': { why: 'trgLang="" names no target language', languages: { targetLang: 'fr' } },
  'no-target-language.xlf': { why: 'no target-language', languages: { targetLang: 'nl' } },
  'no-target-language-notes.xlf': {
    why: 'target-language="" and a unit with a note to keep',
    languages: { targetLang: 'de' },
  },
  'invalid-mismatched-1.2.xlf': {
    why:
      'a bare & (line 5): saxes reads everything after it up to the next ";" as an entity name, so the ' +
      'refusal comes at that ";" or, as here, at the end of the file (line 9: "ends before its elements are closed")',
    otherLine: true,
  },
  'no-source-variant.tmx': {
    why: 'no unit has a variant in srclang="en": refused, the languages it has are listed',
    refusedWith: 'import.noSourceText',
  },
  'matecat_test-empty-unit-2.0.xliff': {
    why: 'XLIFF 2 requires xml:lang on <source>/<target> to match srcLang/trgLang; here hu-HU and ar-SA against en and fr (no XSD can say so): refused at line 10',
    refusedWith: 'import.invalidFile',
  },
  'matecat_v2-duplicate-ids.xliff': {
    why: 'two <unit>s with the id "tu1" (XLIFF 2 requires unique unit ids in a file; the XSD cannot say so): refused at line 9',
    refusedWith: 'import.invalidFile',
  },
  'matecat_v1-duplicate-ids.xliff': {
    why:
      'lxml (so translate-toolkit) refuses xmlns:tos="GMAPS: https://…", which is not a URI; xmllint only ' +
      'warns, the attributes in that namespace are ignored, and the file is imported: 3 trans-units ' +
      '(two share an id), the second and third with 8 notes each',
    byHand: {
      sourceLang: 'en-US',
      targetLang: 'ko-KO',
      units: 3,
      orphans: 0,
      notes: [
        ...['City: Daegu', 'State: Daegu', 'Country code: KR', 'Type: geo'],
        ...['Wikidata : https://www.wikidata.org/wiki/Q20927', 'Wikipedia : https://en.wikipedia.org/wiki/Daegu'],
        'Geo: 35.8714354,128.601445',
        'Gmaps: https://www.google.com/maps/place/Daegu%2CDaegu%2CDaegu%2CKR%2C/@35.8714354,128.601445,12z',
        'Type: geo names',
      ],
    },
  },
  'matecat_with-segment-state.xliff': {
    why:
      'lxml refuses the undeclared prefix memsource: (line 3), which we read past like xmllint; the file is ' +
      'refused for state="finale", which is no XLIFF 2 state (line 9)',
    otherLine: true,
  },
}

// Read once, when the tests are collected: the refusal tests are chosen by the independent verdicts.
const READINGS = readIndependently(FILES.map((file) => path.join(FIXTURES, file)))
const readingOf = (file: string) => READINGS[path.join(FIXTURES, file)]!
const invalid = (file: string) => !readingOf(file).parsed && !EXPLAINED[path.basename(file)]?.byHand

/** The parts (XLIFF `<file>`s) an import takes: those in the language pair of the first part with units, or the chosen one. */
function takenParts(reading: IndependentReading, explained: Explanation | undefined): IndependentPart[] {
  const parts = explained?.byHand ? [explained.byHand] : reading.parts
  if (reading.format === 'tmx') return parts
  const chosen = explained?.languages?.targetLang
  const first = parts.find((p) => p.units + p.orphans > 0) ?? parts[0]
  if (!first) return []
  return parts.filter(
    (p) =>
      sameLanguage(p.sourceLang, first.sourceLang) &&
      (chosen ? !p.targetLang || sameLanguage(p.targetLang as string, chosen) : p.targetLang === first.targetLang),
  )
}

const lower = (langs: string[]) => langs.map((l) => l.toLowerCase()).sort()

describe.each(testBackends().slice(0, 1))('the third-party corpus on $name', ({ open }) => {
  let db: Db
  let actor: Actor
  beforeAll(async () => {
    db = await open()
    actor = await createTestActor(db)
  })
  afterAll(async () => db.$disconnect())

  const bytesOf = (file: string) => new Uint8Array(readFileSync(path.join(FIXTURES, file)))
  const formatOf = (file: string) => (file.endsWith('.tmx') ? ('tmx' as const) : ('xliff' as const))

  async function importFile(file: string) {
    const explained = EXPLAINED[path.basename(file)]
    return importExchangeFile(
      db,
      {
        input: bytesOf(file),
        format: formatOf(file),
        fileName: path.basename(file),
        maxBytes: MAX,
        ...(explained?.languages ? { languages: explained.languages } : {}),
      },
      actor,
    )
  }

  async function storedOf(documentId: string) {
    const document = await db.document.findUniqueOrThrow({
      where: { id: documentId },
      select: {
        sourceLang: true,
        _count: { select: { paragraphs: true } },
        translations: {
          select: {
            lang: true,
            links: { where: { sourceIds: { isEmpty: true } }, select: { id: true } },
            segments: { select: { comments: { select: { body: true, authorName: true } } } },
          },
        },
      },
    })
    return {
      sourceLang: document.sourceLang,
      paragraphs: document._count.paragraphs,
      orphans: document.translations.reduce((n, t) => n + t.links.length, 0),
      langs: document.translations.map((t) => t.lang),
      comments: document.translations.flatMap((t) => t.segments.flatMap((s) => s.comments)),
    }
  }

  test('the independent reader read every file, or said why not', () => {
    expect(Object.keys(READINGS)).toHaveLength(FILES.length)
    for (const file of FILES) {
      const reading = readingOf(file)
      if (reading.parsed) expect(reading.format, file).not.toBe('unknown')
      else expect(reading.error, file).toBeTruthy()
    }
  })

  test.each(FILES.filter((file) => !invalid(file)))(
    '%s: units, languages and notes as the independent reader finds them',
    async (file) => {
      const reading = readingOf(file)
      const explained = EXPLAINED[path.basename(file)]
      const parts = takenParts(reading, explained)
      const units = parts.reduce((n, p) => n + p.units, 0)
      // Once the check validates against the XSD, a schema-invalid file may be refused as invalid
      // instead (see the last test); until then our readers read it like any other.
      const isSchemaRefusal = (e: unknown) => reading.valid === false && (e as AppError).code === 'import.invalidFile'
      if (explained?.refusedWith || units === 0) {
        const before = await db.document.count()
        const error = await importFile(file).then(
          () => undefined,
          (e: unknown) => e,
        )
        if (!isSchemaRefusal(error)) expect(error).toMatchObject({ code: explained?.refusedWith ?? 'import.noUnits' })
        expect(await db.document.count()).toBe(before)
        return
      }
      const result = await importFile(file).catch((e: unknown) => {
        if (isSchemaRefusal(e)) return undefined
        throw e
      })
      if (!result) return
      const stored = await storedOf(result.documentId)
      expect(stored.paragraphs).toBe(units)
      expect(stored.orphans).toBe(parts.reduce((n, p) => n + p.orphans, 0))

      expect(stored.sourceLang.toLowerCase()).toBe(parts[0]!.sourceLang.toLowerCase())
      const targets = parts.flatMap((p) => (Array.isArray(p.targetLang) ? p.targetLang : [p.targetLang]))
      const chosen = explained?.languages?.targetLang
      expect(lower(stored.langs)).toEqual(lower([...new Set(chosen ? [chosen] : targets)]))

      // Nothing lost, nothing invented: every note is a comment and every comment a note (TMX notes
      // written `author: text` keep their author apart).
      const notes = new Set(parts.flatMap((p) => p.notes.map((n) => n.trim())))
      const isTmx = reading.format === 'tmx'
      const comments = stored.comments.map((c) =>
        (isTmx && c.authorName ? `${c.authorName}: ${c.body}` : c.body).trim(),
      )
      expect(new Set(comments)).toEqual(notes)
      expect(result.comments ?? 0).toBe(comments.length)

      // The parts in another language pair are listed as skipped, with their units.
      const others = (explained?.byHand ? [] : reading.parts).filter(
        (p) => !parts.includes(p) && p.units + p.orphans > 0,
      )
      for (const part of others)
        expect(result.skipped).toContainEqual(
          expect.objectContaining({
            reason: 'languagePair',
            sourceLang: expect.stringMatching(new RegExp(`^${part.sourceLang}$`, 'i')) as unknown,
            units: part.units + part.orphans,
          }),
        )
    },
  )

  test.each(FILES.filter(invalid))(
    '%s: a file the independent reader refuses is refused with a line and a column',
    async (file) => {
      const reading = readingOf(file)
      const error = await importFile(file).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'import.invalidFile' })
      const problem = ((error as AppError).details!.problems as Array<{ line: number; column: number }>)[0]!
      expect(problem.line).toBeGreaterThan(0)
      expect(problem.column).toBeGreaterThan(0)
      if (!EXPLAINED[path.basename(file)]?.otherLine) expect(problem.line).toBe(reading.line)

      const report = await checkExchangeFile(bytesOf(file), formatOf(file), MAX)
      expect(report.ok).toBe(false)
      expect(report.problems).toContainEqual(expect.objectContaining({ severity: 'error', line: problem.line }))
    },
  )

  // The verdict here is xmllint's against the XLIFF 2 core schema. Our readers check what they read,
  // not the whole schema: these files are refused once the check validates against the XSD.
  test.each(FILES.filter((file) => readingOf(file).valid === false))(
    '%s: a file xmllint finds schema-invalid is refused by the check with a line and a column',
    async (file) => {
      const report = await checkExchangeFile(bytesOf(file), formatOf(file), MAX)
      expect(report.ok).toBe(false)
      const errors = report.problems.filter((p) => p.severity === 'error')
      expect(errors.length).toBeGreaterThan(0)
      for (const p of errors) expect(p.line * p.column).toBeGreaterThan(0)
    },
  )
})
