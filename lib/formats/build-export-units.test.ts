import { describe, expect, test } from 'vitest'
import type { RichDoc } from '@/lib/richtext/types'
import type { AlignedDocument, AlignedLink } from './aligned-document'
import { buildExportUnits } from './build-export-units'
import { FIXED_DATE, sampleDocument, sourceParagraphs } from './test-fixtures/sample-document'
import { textOnly } from './test-fixtures/plain-text'

async function units(doc: AlignedDocument, options = {}) {
  const out = []
  for await (const unit of buildExportUnits(doc, { createdAt: FIXED_DATE, ...options })) out.push(unit)
  return out
}

describe('buildExportUnits', () => {
  test('multilingual units follow the coarsest segmentation all languages share', async () => {
    const result = await units(sampleDocument(['ru', 'ko']), { includeEmpty: true, includeUnaligned: true })
    expect(result.map((u) => u.sourceParagraphs.map((p) => p.position))).toEqual([[0], [1, 2], [3], [4], [5], [6], []])
    const merged = result[1]!
    expect(merged.targets.map((t) => [t.lang, t.linkType, textOnly(t.content)])).toEqual([
      ['ru', '2:1', 'Второй и третий абзацы.'],
      ['ko', '2:2', '두 번째 문단.세 번째 문단.'],
    ])
  })

  test('never splits or repeats text: every target segment appears exactly once', async () => {
    const result = await units(sampleDocument(['ru', 'ko', 'ar']), { includeEmpty: true, includeUnaligned: true })
    for (const lang of ['ru', 'ko', 'ar']) {
      const ids = result.flatMap((u) =>
        u.targets.filter((t) => t.lang === lang).flatMap((t) => t.segments.map((s) => s.id)),
      )
      expect(new Set(ids).size).toBe(ids.length)
    }
    const positions = result.flatMap((u) => u.sourceParagraphs.map((p) => p.position))
    expect(positions).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  test('overlapping merges chain: Russian 2:1 over p1-p2 and Arabic 5:1 over p2-p6 give one unit p1-p6', async () => {
    const result = await units(sampleDocument(['ru', 'ar']))
    expect(result.map((u) => u.sourceParagraphs.length)).toEqual([1, 6])
  })

  test('a 0:1 link inside a merged run joins that unit', async () => {
    const link = (id: string, position: number, source: number[], target: number): AlignedLink => ({
      id,
      position,
      source: source.map((p) => sourceParagraphs[p]!),
      confidence: null,
      confirmed: true,
      target: [
        {
          id: `s${id}`,
          position: target,
          content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: id }] }] },
          text: id,
          status: 'translated',
          version: 1,
          createdBy: null,
          updatedBy: null,
          createdAt: FIXED_DATE,
          updatedAt: FIXED_DATE,
        },
      ],
    })
    const doc: AlignedDocument = {
      document: { id: 'd', title: 't', sourceLang: 'en', createdAt: FIXED_DATE, updatedAt: FIXED_DATE },
      translations: [
        {
          id: 'a',
          lang: 'ru',
          createdAt: FIXED_DATE,
          updatedAt: FIXED_DATE,
          links: [link('r0', 0, [0], 0), link('rx', 1, [], 1), link('r1', 2, [1], 2)],
        },
        { id: 'b', lang: 'ko', createdAt: FIXED_DATE, updatedAt: FIXED_DATE, links: [link('k0', 0, [0, 1], 0)] },
      ],
    }
    const result = await units(doc)
    expect(result).toHaveLength(1)
    expect(textOnly(result[0]!.targets[0]!.content)).toBe('r0rxr1')
  })

  test('streams async link iterables', async () => {
    const doc = sampleDocument(['ko'])
    const links = doc.translations[0]!.links as AlignedLink[]
    doc.translations[0]!.links = (async function* () {
      yield* links
    })()
    expect(await units(doc)).toHaveLength(7)
  })

  test('the status filter keeps translated and approved, or approved only', async () => {
    const translated = await units(sampleDocument(['ru']), { statuses: 'translated' })
    expect(translated.map((u) => u.targets[0]!.status)).toEqual(['approved', 'translated', 'approved'])
    const approved = await units(sampleDocument(['ru']), { statuses: 'approved' })
    expect(approved.map((u) => u.sourceParagraphs[0]!.position)).toEqual([0, 6])
  })

  test('a target of only spaces or a hard break is empty: left out unless empty segments are asked for', async () => {
    const blank = (id: string, position: number, content: RichDoc): AlignedLink => ({
      id,
      position,
      source: [sourceParagraphs[position]!],
      confidence: null,
      confirmed: true,
      target: [
        {
          id: `s${id}`,
          position,
          content,
          text: '',
          status: 'empty',
          version: 2,
          createdBy: null,
          updatedBy: null,
          createdAt: FIXED_DATE,
          updatedAt: FIXED_DATE,
        },
      ],
    })
    const spaces: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '  ' }] }] }
    const lineBreak: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }] }
    const doc = (): AlignedDocument => ({
      document: { id: 'd', title: 't', sourceLang: 'en', createdAt: FIXED_DATE, updatedAt: FIXED_DATE },
      translations: [
        {
          id: 'a',
          lang: 'ru',
          createdAt: FIXED_DATE,
          updatedAt: FIXED_DATE,
          links: [blank('r0', 0, spaces), blank('r1', 1, lineBreak)],
        },
      ],
    })
    expect((await units(doc())).flatMap((u) => u.targets)).toEqual([])
    expect((await units(doc(), { includeEmpty: true })).flatMap((u) => u.targets)).toHaveLength(2)
  })

  test('sentence units come from the stored sentence links', async () => {
    const result = await units(sampleDocument(['ko']), { unit: 'sentence' })
    expect(result[0]).toMatchObject({ level: 'sentence', sentence: 1 })
    expect(result[1]!.level).toBe('paragraph')
  })

  test('an unknown language is refused with a stable code', async () => {
    await expect(units(sampleDocument(['ru']), { languages: ['de'] })).rejects.toMatchObject({
      code: 'errors.export.languages',
    })
  })
})
