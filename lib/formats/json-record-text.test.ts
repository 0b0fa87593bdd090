import { describe, expect, test } from 'vitest'
import type { AlignedDocument, AlignedLink } from './aligned-document'
import { buildExportUnits } from './build-export-units'
import type { ExportOptions } from './export-options'
import { createJsonRecordWriter } from './json-record-text'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'
import { toJsonRecord } from './to-json-record'

async function expectSameAsStringify(doc: AlignedDocument, options: Omit<ExportOptions, 'createdAt'> = {}) {
  const plain = options.formatting === 'plain'
  const writer = createJsonRecordWriter('en', plain)
  let count = 0
  for await (const unit of buildExportUnits(doc, { createdAt: FIXED_DATE, ...options })) {
    expect(writer.write(unit)).toBe(JSON.stringify(toJsonRecord(unit, 'en', plain)))
    expect(writer.write(unit, '"document":"d",')).toBe(
      JSON.stringify({ document: 'd', ...toJsonRecord(unit, 'en', plain) }),
    )
    count++
  }
  expect(count).toBeGreaterThan(0)
}

describe('createJsonRecordWriter', () => {
  test.each([
    ['paragraph units', {}],
    ['sentence units', { unit: 'sentence' as const }],
    ['plain text', { formatting: 'plain' as const }],
    ['empty and unaligned links', { includeEmpty: true, includeUnaligned: true }],
  ])('writes exactly what JSON.stringify(toJsonRecord(…)) writes (%s)', async (_name, options) => {
    await expectSameAsStringify(sampleDocument(), options)
  })

  test('keeps JSON.stringify behaviour for awkward values', async () => {
    const base = sampleDocument(['ru'])
    const links = [...(base.translations[0]!.links as Iterable<AlignedLink>)]
    const odd = links.map((link, i) => ({
      ...link,
      id: i === 0 ? 'quote " backslash \\ tab \t lone \uD800 pair 😀' : link.id,
      confidence: i === 1 ? Number.NaN : i === 2 ? -0 : link.confidence,
      target: link.target.map((s) => ({ ...s, createdBy: undefined as unknown as null, text: `${s.text}\u0001` })),
    }))
    await expectSameAsStringify(
      { ...base, translations: [{ ...base.translations[0]!, links: odd }] },
      { includeEmpty: true, includeUnaligned: true },
    )
  })
})
