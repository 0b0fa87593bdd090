import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { checkFile } from './check-file'
import { MAX_PROBLEMS } from './problem-sink'
import { parseXliff } from './read-xliff'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect, FIXTURES } from './test-fixtures/tools'
import { caseText, INVALID_XLIFF2, positionOf, VALID_XLIFF2 } from './test-fixtures/xliff2-cases'
import { writeTmx } from './write-tmx'
import { writeXliff } from './write-xliff'

const THIRD_PARTY = join(FIXTURES, 'third-party', 'files')
// Valid against the OASIS XLIFF 2.0 schemas by xmllint, and breaking none of the specification's constraints.
const VALID_FILES = [
  'locize_example_groups.xliff',
  'locize_example_multi.xliff',
  'locize_example_note.xliff',
  'matecat_39f87a30-bliss_saved_reply_content-en_us-ar-PM.xlf',
  'matecat_blank-dataRef.xliff',
  'matecat_pc-slash.xlf',
  'matecat_pcec.xlf',
  'matecat_xliff-20-with-mda.xlf',
]
// Valid against the schemas but not the constraints: an xml:lang that is not srcLang, two units sharing an id.
const SCHEMA_VALID_FILES = ['matecat_test-empty-unit-2.0.xliff', 'matecat_v2-duplicate-ids.xliff']

const xliff2 = (body: string, version = '2.1') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="${version}" srcLang="en" trgLang="ru">\n<file id="f">\n${body}\n</file>\n</xliff>\n`
const unitLine = (n: number, attrs = '') => `<unit id="u${n}"${attrs}><segment><source>a</source></segment></unit>`

describe('checkFile on XLIFF 2 (schema and constraints)', () => {
  test.each(INVALID_XLIFF2)('refuses a file where $name, with line and column', async (c) => {
    const report = await checkFile(caseText(c), { format: 'xliff' })
    expect(report.ok).toBe(false)
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.line, p.column])
    expect(errors).toEqual(c.expected.map(([code, line, needle]) => [code, ...positionOf(c.lines, line, needle)]))
  })

  test.each(VALID_XLIFF2)('accepts a file with $name', async (c) => {
    expect(await checkFile(caseText(c), { format: 'xliff' })).toMatchObject({ ok: true, problems: [] })
  })

  test('a <cp> for a character XML can hold is a warning: a requirement on writers, harmless to read', async () => {
    const file = xliff2('<unit id="u1"><segment><source>a<cp hex="0041"/><cp hex="0003"/></source></segment></unit>')
    expect(await checkFile(file, { format: 'xliff' })).toMatchObject({
      ok: true,
      problems: [
        {
          code: 'errors.check.invalidAttribute',
          severity: 'warning',
          line: 3,
          column: 33,
          params: { attribute: 'hex' },
        },
      ],
    })
  })

  test('imports stop at the first broken constraint, with its code', async () => {
    for (const c of INVALID_XLIFF2.filter((c) => c.expected[0]![0] !== 'errors.check.schema')) {
      const [code, line, needle] = c.expected[0]!
      const [, column] = positionOf(c.lines, line, needle)
      await expect(parseXliff(caseText(c)), c.name).rejects.toMatchObject({ code, line, column })
    }
  })

  test('our own XLIFF 2.1 export and valid files from other tools pass with no problem', async () => {
    const ours = await collect(writeXliff(sampleDocument(['ko']), { createdAt: FIXED_DATE }))
    expect(await checkFile(ours, { format: 'xliff' })).toMatchObject({ ok: true, problems: [] })
    for (const name of VALID_FILES) {
      const report = await checkFile(readFileSync(join(THIRD_PARTY, name)), { format: 'xliff' })
      expect(report, name).toMatchObject({ ok: true, problems: [] })
    }
  })

  test('files that are valid against the schemas get no schema problem, whatever else they break', async () => {
    for (const name of SCHEMA_VALID_FILES) {
      const report = await checkFile(readFileSync(join(THIRD_PARTY, name)), { format: 'xliff' })
      expect(report.ok, name).toBe(false)
      expect(
        report.problems.filter((p) => p.code === 'errors.check.schema'),
        name,
      ).toEqual([])
    }
  })

  test('a version 2.0 file is checked against the 2.0 schema, which does not type the languages', async () => {
    const lenient = xliff2(unitLine(1)).replace('trgLang="ru"', 'trgLang="r u"')
    const as20 = await checkFile(lenient.replace('version="2.1"', 'version="2.0"'), { format: 'xliff' })
    const as21 = await checkFile(lenient, { format: 'xliff' })
    expect(as20.problems.filter((p) => p.code === 'errors.check.schema')).toEqual([])
    expect(as21.problems.filter((p) => p.code === 'errors.check.schema')).toHaveLength(1)
  })

  test('an undeclared namespace prefix is reported as malformed XML with its position', async () => {
    const report = await checkFile(xliff2(unitLine(1, ' x:flag="1"')), { format: 'xliff' })
    expect(report.ok).toBe(false)
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'errors.import.malformedXml', severity: 'error', line: 3 }),
    ])
  })

  test('schema errors share the problem limit and are all counted', async () => {
    const units = Array.from({ length: MAX_PROBLEMS + 500 }, (_, n) => unitLine(n, ' translate="maybe"'))
    const report = await checkFile(xliff2(units.join('\n')), { format: 'xliff' })
    expect(report.ok).toBe(false)
    expect(report.problems).toHaveLength(MAX_PROBLEMS)
    expect(report.problemCount).toBe(MAX_PROBLEMS + 500)
    expect(report.truncated).toBe(true)
    expect(report.problems[MAX_PROBLEMS - 1]).toMatchObject({ code: 'errors.check.schema', line: MAX_PROBLEMS + 2 })
  })

  test('nesting deeper than libxml2 validates is a warning that says so, not malformed XML', async () => {
    const seg = '<hi>'.repeat(300) + 'x' + '</hi>'.repeat(300)
    const file =
      '<?xml version="1.0"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" ' +
      'o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body><tu><tuv xml:lang="en"><seg>' +
      seg +
      '</seg></tuv><tuv xml:lang="de"><seg>y</seg></tuv></tu></body></tmx>'
    const report = await checkFile(file, { format: 'tmx' })
    expect(report).toMatchObject({ ok: true, units: 1 })
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'errors.check.schemaTooDeep', severity: 'warning', params: { depth: '256' } }),
    ])
  })

  test('a file over the size limit skips the schema and says so in a warning', async () => {
    const file = xliff2(unitLine(1, ' translate="maybe"'))
    const report = await checkFile(file, { format: 'xliff', schemaMaxBytes: file.length - 1 })
    expect(report).toMatchObject({
      ok: true,
      problems: [{ code: 'errors.check.schemaTooLarge', severity: 'warning', line: 1, column: 1 }],
    })
    expect(report.problems[0]!.params).toEqual({ limit: `${file.length - 1} bytes` })
  })

  test('a version with no schema here is read, with a warning that it was not validated', async () => {
    const report = await checkFile(xliff2(unitLine(1), '2.2'), { format: 'xliff' })
    expect(report).toMatchObject({
      ok: true,
      problems: [{ code: 'errors.check.schemaVersion', severity: 'warning', params: { version: '2.2' } }],
    })
  })

  test('XLIFF 1.2 has no schema step', async () => {
    const file =
      '<xliff version="1.2"><file source-language="en" datatype="plaintext" original="a"><body><trans-unit id="1"><source>a<foo/></source></trans-unit></body></file></xliff>'
    const report = await checkFile(file, { format: 'xliff' })
    expect(report.problems.map((p) => p.code)).toEqual(['errors.check.unknownElement'])
  })
})

describe('checkFile on TMX (the 1.4b DTD)', () => {
  test('our own TMX export is valid against the DTD', async () => {
    const tmx = await collect(writeTmx(sampleDocument(), { createdAt: FIXED_DATE }))
    expect(await checkFile(tmx, { format: 'tmx' })).toMatchObject({ ok: true, problems: [] })
  })

  test('DTD violations are warnings with line and column, and the file stays importable', async () => {
    const file = [
      '<tmx version="1.4">',
      '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>',
      '<body>',
      '<tu tuid="1" segtype="word" x-origin="mt"><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ru"><seg>б</seg></tuv></tu>',
      '<tu tuid="1"><tuv xml:lang="en"><seg>c</seg></tuv></tu>',
      '</body></tmx>',
    ].join('\n')
    const report = await checkFile(file, { format: 'tmx' })
    expect(report.ok).toBe(true)
    expect(report.problems.map((p) => [p.code, p.severity, p.line, p.column, p.params?.message])).toEqual([
      [
        'errors.check.schema',
        'warning',
        4,
        1,
        'Value "word" for attribute segtype of tu is not among the enumerated set',
      ],
      ['errors.check.schema', 'warning', 4, 1, 'No declaration for attribute x-origin of element tu'],
      ['errors.check.duplicateUnitId', 'warning', 5, 1, undefined],
    ])
  })
})

test('the third-party files are those listed in their manifest, with their licences', () => {
  const manifest = readFileSync(join(THIRD_PARTY, '..', 'manifest.json'), 'utf8')
  for (const name of readdirSync(THIRD_PARTY)) expect(manifest).toContain(`"files/${name}"`)
})
