import { describe, expect, test } from 'vitest'
import { checkFile } from './check-file'
import { MAX_PROBLEMS } from './problem-sink'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect } from './test-fixtures/tools'
import { writeTmx } from './write-tmx'
import { writeXliff } from './write-xliff'

describe('checkFile', () => {
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
})
