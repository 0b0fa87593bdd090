import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import { checkFile } from './check-file'
import { MAX_PROBLEMS } from './problem-sink'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect } from './test-fixtures/tools'
import { writeTmx } from './write-tmx'
import { writeXliff } from './write-xliff'

const realWorld = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, 'test-fixtures/real-world', name)))

describe('checkFile', () => {
  test('says what an import will leave out: <file>s in another language pair, a second variant in one language', async () => {
    const pairs = await checkFile(realWorld('multi-file-pairs.xlf'), { format: 'xliff' })
    expect(pairs.ok).toBe(true)
    expect(pairs.problems.map((p) => [p.code, p.line, p.params])).toEqual([
      ['errors.check.otherLanguagePair', 9, { file: '2', source: 'en', target: 'de' }],
      ['errors.check.otherLanguagePair', 15, { file: '3', source: 'ja', target: 'ko' }],
    ])
    const variants = await checkFile(realWorld('notes-and-variants.tmx'), { format: 'tmx' })
    expect(variants.problems.map((p) => [p.code, p.line, p.params])).toEqual([
      ['errors.check.duplicateVariant', 11, { lang: 'ru', unit: 'a' }],
    ])
  })

  test('an undeclared namespace prefix is reported once, and its elements are skipped', async () => {
    const file = [
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      '<file original="a" source-language="en" target-language="de" datatype="plaintext"><body>',
      '<trans-unit id="1"><source>One</source><memsource:tunit-metadata/><memsource:x/></trans-unit>',
      '</body></file></xliff>',
    ].join('\n')
    const result = await checkFile(file, { format: 'xliff' })
    expect(result).toMatchObject({ ok: true, units: 1 })
    expect(result.problems.map((p) => [p.code, p.line, p.params])).toEqual([
      ['errors.check.unboundPrefix', 3, { prefix: 'memsource' }],
    ])
  })

  test('elements with an XLIFF namespace prefix count as units, and a TMX with srclang="*all*" has no missing source', async () => {
    expect(await checkFile(realWorld('prefixed-1.2.xlf'), { format: 'xliff' })).toMatchObject({ ok: true, units: 2 })
    expect(await checkFile(realWorld('prefixed-2.0.xlf'), { format: 'xliff' })).toMatchObject({ ok: true, units: 2 })
    expect(await checkFile(realWorld('srclang-all.tmx'), { format: 'tmx' })).toMatchObject({
      ok: true,
      units: 2,
      problems: [],
    })
  })

  test('our own exports have no problems', async () => {
    const tmx = await collect(writeTmx(sampleDocument(), { createdAt: FIXED_DATE }))
    expect(await checkFile(tmx, { format: 'tmx' })).toEqual({
      ok: true,
      units: 2,
      problems: [],
      problemCount: 0,
      truncated: false,
    })
    const xliff = await collect(writeXliff(sampleDocument(['ko']), { createdAt: FIXED_DATE }))
    expect(await checkFile(xliff, { format: 'xliff' })).toMatchObject({ ok: true, problems: [] })
  })

  test('a character reference out of Unicode range inside a link code is no crash', async () => {
    const file = [
      '<tmx version="1.4">',
      '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>',
      '<body><tu><tuv xml:lang="en"><seg><bpt i="1">&lt;a href="&amp;#x110000;"&gt;</bpt>a<ept i="1">&lt;/a&gt;</ept></seg></tuv>',
      '<tuv xml:lang="ru"><seg>b</seg></tuv></tu></body></tmx>',
    ].join('\n')
    expect(await checkFile(file, { format: 'tmx' })).toMatchObject({ units: 1 })
  })

  test('reports every problem of a TMX file with line and column', async () => {
    const file = [
      '<tmx version="1.4">',
      '<header creationtool="t" segtype="line" srclang="en" datatype="plaintext"/>',
      '<body>',
      '<tu><tuv xml:lang="en"><seg><bpt i="1">&lt;b&gt;</bpt>a<bpt i="1">&lt;i&gt;</bpt></seg></tuv>',
      '<tuv><seg><ept i="2">&lt;/b&gt;</ept><foo/></seg></tuv></tu>',
      '<tu><tuv xml:lang="ru"><seg>b</seg></tuv><bar/></tu>',
      '</body></tmx>',
    ].join('\n')
    const { ok, problems } = await checkFile(file, { format: 'tmx' })
    expect(ok).toBe(false)
    // The DTD's warnings are tested in check-file-schema.test.ts.
    expect(
      problems
        .filter((p) => p.code !== 'errors.check.schema')
        .map((p) => [p.code, p.line, p.params?.attribute ?? p.params?.element ?? p.params?.i ?? '']),
    ).toEqual([
      ['errors.check.missingAttribute', 2, 'creationtoolversion'],
      ['errors.check.missingAttribute', 2, 'o-tmf'],
      ['errors.check.missingAttribute', 2, 'adminlang'],
      ['errors.check.invalidAttribute', 2, 'segtype'],
      ['errors.check.duplicateCodeId', 4, '1'],
      ['errors.check.unpairedCode', 4, '1'],
      ['errors.check.missingAttribute', 5, 'xml:lang'],
      ['errors.check.unpairedCode', 5, '2'],
      ['errors.check.unknownElement', 5, 'foo'],
      ['errors.check.unknownElement', 6, 'bar'],
      ['errors.check.noSourceVariant', 6, ''],
    ])
    expect(problems[0]).toMatchObject({ line: 2, column: 1, severity: 'warning' })
  })

  test('reports XLIFF required attributes, states and unknown elements', async () => {
    const file = [
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ru">',
      '<file><unit id="u1"><segment state="done"><source>a<pc>b</pc></source></segment></unit>',
      '<unit><segment state="final"><source>x</source></segment><widget/></unit></file></xliff>',
    ].join('\n')
    const { problems } = await checkFile(file, { format: 'xliff' })
    expect(problems.filter((p) => p.code !== 'errors.check.schema').map((p) => [p.code, p.line])).toEqual([
      ['errors.check.missingAttribute', 2],
      ['errors.check.invalidState', 2],
      ['errors.check.missingTarget', 2],
      ['errors.check.missingAttribute', 2],
      ['errors.check.missingAttribute', 3],
      ['errors.check.missingTarget', 3],
      ['errors.check.unknownElement', 3],
    ])
  })

  test('reports malformed XML and keeps going where it can', async () => {
    const { ok, problems } = await checkFile(
      '<tmx version="1.4">\n<header srclang="en"/>\n<body><tu></tuv></body></tmx>',
      { format: 'tmx' },
    )
    expect(ok).toBe(false)
    expect(problems.some((p) => p.code === 'errors.import.malformedXml' && p.line === 3)).toBe(true)
  })

  test('stops with a fatal problem for hostile files', async () => {
    const { problems } = await checkFile('<!DOCTYPE x [<!ENTITY a "b">]><tmx/>', { format: 'tmx' })
    expect(problems).toEqual([expect.objectContaining({ code: 'errors.import.doctype', line: 1 })])
  })

  test('keeps the first problems of a file with a bad character in every byte, and counts the rest', async () => {
    const head =
      '<tmx version="1.4"><header creationtool="t" segtype="line" srclang="en" datatype="plaintext" o-tmf="t" adminlang="en" creationtoolversion="1"/><body>'
    const bad = 50_000
    for (const format of ['tmx', 'xliff'] as const) {
      const file =
        format === 'tmx'
          ? `${head}${'\u0000'.repeat(bad)}</body></tmx>`
          : `<xliff version="2.0" srcLang="en">${'\u0000'.repeat(bad)}</xliff>`
      const report = await checkFile(file, { format })
      expect(report.ok).toBe(false)
      expect(report.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1)
      expect(report.problemCount).toBeGreaterThanOrEqual(bad)
      expect(report.truncated).toBe(true)
      expect(report.problems[0]!.line).toBe(1)
    }
  })

  describe('encodings', () => {
    const header =
      '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n'
    const tu = (text: string) =>
      `<tu><tuv xml:lang="en"><seg>Tea</seg></tuv><tuv xml:lang="ru"><seg>${text}</seg></tuv></tu>\n`
    const encode = (text: string) => new TextEncoder().encode(text)
    const pieces = (bytes: Uint8Array, size: number) =>
      Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.slice(i * size, (i + 1) * size))

    test('UTF-8 declared as ISO-8859-1 is a warning at the first non-ASCII character, and the file is fine', async () => {
      const file = `<?xml version="1.0" encoding="ISO-8859-1"?>\n${header}${tu('Чай')}</body></tmx>`
      expect(await checkFile(encode(file), { format: 'tmx' })).toMatchObject({
        ok: true,
        units: 1,
        problems: [
          {
            code: 'errors.import.encodingMismatch',
            severity: 'warning',
            line: 4,
            column: tu('Чай').indexOf('Ч') + 1,
            params: { declared: 'iso-8859-1', found: 'UTF-8' },
          },
        ],
      })
    })

    test('an invalid byte deep in a large file read in small pieces is reported at its own line and column', async () => {
      const line = tu('Чай, 日本茶, 🍵')
      const bytes = Uint8Array.from([
        ...encode(header + line.repeat(997)),
        ...encode('<tu><tuv xml:lang="en"><seg>日本'),
        0xe6,
        0x97,
        ...encode('x</seg></tuv></tu>\n</body></tmx>'),
      ])
      for (const size of [5, 4096]) {
        const report = await checkFile(pieces(bytes, size), { format: 'tmx' })
        expect(report.problems).toEqual([
          expect.objectContaining({ code: 'errors.import.encoding', severity: 'error', line: 1000, column: 31 }),
        ])
      }
    })
  })
})
