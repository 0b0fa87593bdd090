import { describe, expect, test } from 'vitest'
import { checkFile } from './check-file'
import { parseXliff } from './read-xliff'

const xliff12 = (...body: string[]) =>
  [
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    '<file source-language="en" target-language="ru" datatype="plaintext" original="a.txt"><body>',
    ...body,
    '</body></file>',
    '</xliff>',
  ].join('\n')

describe('XLIFF 1.2 rules', () => {
  test('two trans-units of a file sharing an id is a warning (the import places units in order); another file starts afresh', async () => {
    const file = xliff12(
      '<trans-unit id="1"><source>a</source></trans-unit>',
      '<trans-unit id="1"><source>b</source></trans-unit>',
      '</body></file><file source-language="en" target-language="ru" datatype="plaintext" original="b.txt"><body>',
      '<trans-unit id="1"><source>c</source></trans-unit>',
    )
    const report = await checkFile(file, { format: 'xliff' })
    expect(report.problems.map((p) => [p.code, p.severity, p.line, p.column, p.params?.id])).toEqual([
      ['errors.check.duplicateUnitId', 'warning', 4, 1, '1'],
    ])
    const parsed = await parseXliff(file)
    expect(parsed.units.map((u) => u.source?.text)).toEqual(['a', 'b', 'c'])
    expect(parsed.warnings.map((w) => [w.code, w.line])).toEqual([['errors.check.duplicateUnitId', 4]])
  })

  test('every <bx> is closed by an <ex> of the same source or target, matched by rid or else id', async () => {
    const file = xliff12(
      '<trans-unit id="1"><source>a<bx id="1" rid="r1"/>b<ex id="2" rid="r1"/> <bx id="3"/>c<ex id="3"/></source>',
      '<target>а<bx id="1" rid="r1"/>б</target></trans-unit>',
      '<trans-unit id="2"><source>x<ex id="9"/></source></trans-unit>',
    )
    const report = await checkFile(file, { format: 'xliff' })
    expect(report.ok).toBe(false)
    expect(report.problems.map((p) => [p.code, p.line, p.column, p.params?.i])).toEqual([
      ['errors.check.unpairedCode', 4, 10, 'r1'],
      ['errors.check.unpairedCode', 5, 29, '9'],
    ])
  })

  test('a well-paired file has no problem', async () => {
    const file = xliff12(
      '<trans-unit id="1"><source>a<bx id="1"/>b<ex id="1"/></source><seg-source><mrk mtype="seg" mid="1">a<bx id="1"/>b</mrk><mrk mtype="seg" mid="2"><ex id="1"/></mrk></seg-source></trans-unit>',
    )
    expect(await checkFile(file, { format: 'xliff' })).toMatchObject({ ok: true, problems: [] })
  })
})
