import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { elementOfMessage, locateIssues } from './locate-schema-issue'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { collect, FIXTURES, xmllintTmx, xmllintXliff } from './test-fixtures/tools'
import { caseText, INVALID_XLIFF2, VALID_XLIFF2 } from './test-fixtures/xliff2-cases'
import { readableMessage, validateSchema } from './validate-schema'
import { writeTmx } from './write-tmx'
import { writeXliff } from './write-xliff'

const THIRD_PARTY = join(FIXTURES, 'third-party', 'files')

describe('validateSchema', () => {
  test('gives the same verdict and error count as the xmllint command line, file by file', async () => {
    const files: { name: string; text: string; version: '2.0' | '2.1' }[] = [
      ...readdirSync(THIRD_PARTY)
        .map((name) => ({ name, text: readFileSync(join(THIRD_PARTY, name), 'utf8'), version: '2.0' as const }))
        // The XLIFF 2 files of the corpus (the XLIFF 1.2 ones have no schema here).
        .filter((file) => file.text.includes('urn:oasis:names:tc:xliff:document:2.0')),
      ...[...INVALID_XLIFF2, ...VALID_XLIFF2].map((c) => ({
        name: c.name,
        text: caseText(c),
        version: '2.1' as const,
      })),
      {
        name: 'our export',
        text: await collect(writeXliff(sampleDocument(['ko']), { createdAt: FIXED_DATE })),
        version: '2.1',
      },
    ]
    let invalid = 0
    for (const { name, text, version } of files) {
      const ours = await validateSchema(text, `xliff-${version}`, 100)
      const xmllint = xmllintXliff(text, version)
      expect(ours.total === 0, `${name}: ${xmllint.output}`).toBe(xmllint.valid)
      // libxml2 refuses a file with an undeclared prefix before validating it; xmllint validates it anyway.
      if (!ours.issues.some((i) => i.parse)) expect(ours.total, name).toBe(xmllint.errors)
      if (!xmllint.valid) invalid++
    }
    expect(invalid).toBeGreaterThanOrEqual(12)
  })

  test('gives the same verdict and warning count as xmllint on TMX files against the DTD', async () => {
    const ours = await collect(writeTmx(sampleDocument(), { createdAt: FIXED_DATE }))
    const broken = ours
      .replace('segtype="sentence"', 'segtype="word"')
      .replace('<tu ', '<tu x-origin="mt" ')
      .replace('</header>', '<foo/></header>')
    for (const text of [ours, broken]) {
      const report = await validateSchema(text, 'tmx-1.4', 100)
      const xmllint = xmllintTmx(text)
      expect(report.total === 0).toBe(xmllint.valid)
      expect(report.total).toBe(xmllint.errors)
    }
  })

  test('keeps the first issues of a file with one in each of 20,000 sibling units and counts them all', async () => {
    const units = Array.from(
      { length: 20_000 },
      (_, n) => `<unit id="u${n}" translate="maybe"><segment><source>a</source></segment></unit>`,
    )
    const text = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">\n<file id="f">\n${units.join('\n')}\n</file></xliff>`
    const report = await validateSchema(text, 'xliff-2.1', 10)
    expect(report.total).toBe(20_000)
    expect(report.issues.map((i) => [i.line, i.column])).toEqual(Array.from({ length: 10 }, (_, n) => [n + 3, 1]))
  })
})

describe('readableMessage', () => {
  test('drops the core namespace and gives module namespaces their usual prefix', () => {
    expect(
      readableMessage(
        "Element '{urn:oasis:names:tc:xliff:document:2.0}unit', attribute '{urn:oasis:names:tc:xliff:fs:2.0}fs': bad.\n",
      ),
    ).toBe("Element 'unit', attribute 'fs:fs': bad.")
    expect(readableMessage("Element '{urn:other}x': no.")).toBe("Element '{urn:other}x': no.")
  })
})

describe('locateIssues', () => {
  const text = ['<a>', '<b x="1"/><b x="2"/><p:b/>', '<c', '  y="z"', '/>', '</a>'].join('\n')

  test('points at the start tag of the element, telling apart elements of one line by their node', () => {
    expect(
      locateIssues(text, [
        { line: 2, element: 'b', node: 10 },
        { line: 2, element: 'b', node: 10 },
        { line: 2, element: 'b', node: 20 },
        { line: 2, element: 'b', node: 30 },
      ]),
    ).toEqual([
      { line: 2, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 11 },
      { line: 2, column: 21 },
    ])
  })

  test('finds a start tag that began lines before the one libxml2 names', () => {
    expect(locateIssues(text, [{ line: 5, element: 'c', node: 1 }])).toEqual([{ line: 3, column: 1 }])
  })

  test('falls back to the first column of the line', () => {
    expect(
      locateIssues(text, [
        { line: 6, node: 1 },
        { line: 6, element: 'zz', node: 2 },
      ]),
    ).toEqual([
      { line: 6, column: 1 },
      { line: 6, column: 1 },
    ])
  })

  test('reads the element out of XSD and DTD messages', () => {
    expect(elementOfMessage("Element '{urn:x}unit', attribute 'a': no")).toBe('unit')
    expect(elementOfMessage('Value "w" for attribute segtype of tu is not among the enumerated set')).toBe('tu')
    expect(elementOfMessage('No declaration for attribute x of element tu')).toBe('tu')
    expect(elementOfMessage('Element header does not carry attribute o-tmf')).toBe('header')
    expect(elementOfMessage('No declaration for element foo')).toBe('foo')
    expect(elementOfMessage('Something else')).toBeUndefined()
  })
})
