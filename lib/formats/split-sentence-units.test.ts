import { describe, expect, test } from 'vitest'
import { textToDoc } from '@/lib/richtext/text-to-doc'
import type { AlignedDocument, AlignedLink, SentenceLink } from './aligned-document'
import { buildExportUnits } from './build-export-units'
import { textOnly } from './test-fixtures/plain-text'

const DATE = new Date('2024-05-06T07:08:09Z')

/** One paragraph and its one segment, linked 1:1, with `sentences` as the link's sentence pairs. */
function documentWith(source: string, target: string, sentences: SentenceLink[]): AlignedDocument {
  const link: AlignedLink = {
    id: 'l0',
    position: 0,
    source: [{ id: 'p0', position: 0, content: textToDoc(source), text: source }],
    target: [
      {
        id: 's0',
        position: 0,
        content: textToDoc(target),
        text: target,
        status: 'translated',
        version: 1,
        createdBy: null,
        updatedBy: null,
        createdAt: DATE,
        updatedAt: DATE,
      },
    ],
    confidence: 0.9,
    confirmed: true,
    sentenceLinks: sentences,
  }
  return {
    document: { id: 'd', title: 'Bakery', sourceLang: 'en', origin: {}, createdAt: DATE, updatedAt: DATE },
    translations: [{ id: 't', lang: 'ru', createdAt: DATE, updatedAt: DATE, links: [link] }],
  }
}

async function sentenceUnits(doc: AlignedDocument, includeUnaligned: boolean) {
  const out = []
  for await (const unit of buildExportUnits(doc, { createdAt: DATE, unit: 'sentence', includeUnaligned }))
    out.push([unit.sentence, textOnly(unit.source), unit.targets.map((t) => [t.linkType, textOnly(t.content)])])
  return out
}

const pair = (source: string[], target: string[]): SentenceLink => ({ source, target, confidence: 0.8 })

describe('sentence units', () => {
  // A source sentence marked "no counterpart" followed by a target sentence marked the same: the export made
  // one false 1:1 pair of the two.
  const doc = documentWith(
    'The air smells of salt. She wakes up at four. Anna runs a bakery.',
    'Воздух пахнет солью. Анна держит пекарню у моста.',
    [
      pair(['The air smells of salt.'], ['Воздух пахнет солью.']),
      pair(['She wakes up at four.'], []),
      pair([], ['Анна держит пекарню у моста.']),
      pair(['Anna runs a bakery.'], []),
    ],
  )

  test('a sentence without a counterpart is never paired with the next one', async () => {
    expect(await sentenceUnits(doc, true)).toEqual([
      [1, 'The air smells of salt.', [['1:1', 'Воздух пахнет солью.']]],
      [2, 'She wakes up at four.', [['1:0', '']]],
      [3, '', [['0:1', 'Анна держит пекарню у моста.']]],
      [4, 'Anna runs a bakery.', [['1:0', '']]],
    ])
  })

  test('without 1:0 and 0:1 links only the pairs are exported, numbered as before', async () => {
    expect(await sentenceUnits(doc, false)).toEqual([[1, 'The air smells of salt.', [['1:1', 'Воздух пахнет солью.']]]])
  })

  test('a target sentence before the first source sentence is a unit of its own', async () => {
    const first = documentWith('One. Two.', 'Ноль. Один. Два.', [
      pair([], ['Ноль.']),
      pair(['One.'], ['Один.']),
      pair(['Two.'], ['Два.']),
    ])
    expect(await sentenceUnits(first, true)).toEqual([
      [1, '', [['0:1', 'Ноль.']]],
      [2, 'One.', [['1:1', 'Один.']]],
      [3, 'Two.', [['1:1', 'Два.']]],
    ])
  })

  test('a sentence unit is confirmed when a person confirmed its pairs, or the paragraph link', async () => {
    const confirmedUnits = async (linkConfirmed: boolean) => {
      const doc = documentWith('One. Two.', 'Один. Два.', [
        { ...pair(['One.'], ['Один.']), confirmed: true },
        { ...pair(['Two.'], ['Два.']), confirmed: false },
      ])
      doc.translations[0]!.links = [{ ...(doc.translations[0]!.links as AlignedLink[])[0]!, confirmed: linkConfirmed }]
      const out = []
      for await (const unit of buildExportUnits(doc, { createdAt: DATE, unit: 'sentence' }))
        out.push(unit.targets.map((t) => t.confirmed))
      return out
    }
    expect(await confirmedUnits(false)).toEqual([[true], [false]])
    expect(await confirmedUnits(true)).toEqual([[true], [true]])
  })
})
