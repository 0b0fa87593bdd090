import { describe, expect, test } from 'vitest'
import type { AlignedDocument, AlignedLink } from './aligned-document'
import { buildExportUnits, exportUnitSteps } from './build-export-units'
import { FIXED_DATE, sampleDocument } from './test-fixtures/sample-document'

const ALL = { createdAt: FIXED_DATE, includeEmpty: true, includeUnaligned: true }

function withAsyncLinks(doc: AlignedDocument): AlignedDocument {
  return {
    ...doc,
    translations: doc.translations.map((t) => ({
      ...t,
      links: (async function* () {
        for (const link of t.links as Iterable<AlignedLink>) {
          await Promise.resolve()
          yield link
        }
      })(),
    })),
  }
}

async function collect(doc: AlignedDocument, options = {}) {
  const out = []
  for await (const unit of buildExportUnits(doc, { ...ALL, ...options })) out.push(unit)
  return out
}

describe('exportUnitSteps', () => {
  test('a document with sync links gives its units without a single promise', () => {
    const steps = [...exportUnitSteps(sampleDocument(['ru', 'ko', 'ar']), ALL)]
    expect(steps.some((s) => s instanceof Promise)).toBe(false)
    expect(steps.map((s) => (s instanceof Promise ? 0 : s.index))).toEqual(steps.map((_, i) => i + 1))
  })

  test.each([[{}], [{ unit: 'sentence' as const }]])(
    'async link streams give the same units as sync ones (%o)',
    async (options) => {
      for (const langs of [['ru'], ['ru', 'ko'], ['ru', 'ko', 'ar'], ['ar', 'ru']]) {
        expect(await collect(withAsyncLinks(sampleDocument(langs)), options)).toEqual(
          await collect(sampleDocument(langs), options),
        )
      }
    },
  )
})
