import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { alignParagraphedSentences, deriveParagraphLinks } from './align-document'
import { segmentSentences } from './segment-sentences'

const link = (source: number[], target: number[], confidence = 0.9) => ({ source, target, confidence })
const shape = (links: ReturnType<typeof deriveParagraphLinks>) =>
  links.map((l) => `${l.source.join(',')}:${l.target.join(',')}`)

describe('deriveParagraphLinks', () => {
  it('groups the smallest runs of paragraphs that no sentence link crosses', () => {
    // Source paragraphs of 2, 2, 2 sentences and target ones of 3, 3: source 1 and target 0 share sentence 2, and so on.
    const sentences = [link([0], [0]), link([1], [1]), link([2], [2]), link([3], [3]), link([4], [4]), link([5], [5])]
    expect(shape(deriveParagraphLinks(sentences, { source: [2, 2, 2], target: [3, 3] }))).toEqual(['0,1,2:0,1'])
    expect(shape(deriveParagraphLinks(sentences, { source: [3, 3], target: [3, 3] }))).toEqual(['0:0', '1:1'])
    expect(shape(deriveParagraphLinks(sentences, { source: [2, 1, 3], target: [3, 3] }))).toEqual(['0,1:0', '2:1'])
  })

  it('keeps the sentence links of each group, and its lowest confidence', () => {
    const sentences = [link([0], [0], 0.9), link([1], [1], 0.4), link([2], [2], 0.8)]
    const links = deriveParagraphLinks(sentences, { source: [2, 1], target: [2, 1] })
    expect(links.map((l) => l.sentences.length)).toEqual([2, 1])
    expect(links.map((l) => l.confidence)).toEqual([0.4, 0.8])
  })

  it('gives a paragraph with no counterpart a 1:0 or 0:1 link', () => {
    const sentences = [link([0], [0]), link([1], []), link([2], [1])]
    expect(shape(deriveParagraphLinks(sentences, { source: [1, 1, 1], target: [1, 1] }))).toEqual(['0:0', '1:', '2:1'])
  })

  it('places empty paragraphs: between groups on their own, inside a group with it', () => {
    const sentences = [link([0], [0]), link([1], [1]), link([2], [2])]
    expect(shape(deriveParagraphLinks(sentences, { source: [0, 1, 0, 2, 0], target: [1, 2] }))).toEqual([
      '0:',
      '1:0',
      '2:',
      '3:1',
      '4:',
    ])
    expect(shape(deriveParagraphLinks(sentences, { source: [1, 2], target: [2, 0, 1] }))).toEqual(['0,1:0,1,2'])
  })
})

describe('alignParagraphedSentences', () => {
  const de = [
    'Der Berg ist hoch.',
    'Wir stiegen um 5 Uhr auf.',
    'Das Wetter war gut.',
    'Am Gipfel lag Schnee.',
    'Wir blieben 20 Minuten.',
    'Dann ging es hinunter.',
  ]
  const fr = [
    'La montagne est haute.',
    'Nous sommes montés à 5 heures.',
    'Le temps était beau.',
    'Au sommet, il y avait de la neige.',
    'Nous sommes restés 20 minutes.',
    'Puis nous sommes descendus.',
  ]

  it('aligns sentences across paragraphs paragraphed differently, and derives the paragraph links', () => {
    const links = alignParagraphedSentences(
      [de.slice(0, 2), de.slice(2, 4), de.slice(4)],
      [fr.slice(0, 3), fr.slice(3)],
      {
        sourceLang: 'de',
        targetLang: 'fr',
      },
    )
    expect(shape(links)).toEqual(['0,1,2:0,1'])
    expect(links[0]!.sentences.map((l) => `${l.source}:${l.target}`)).toEqual([
      '0:0',
      '1:1',
      '2:2',
      '3:3',
      '4:4',
      '5:5',
    ])
  })

  it('follows the paragraphs when both texts share them', () => {
    const links = alignParagraphedSentences([de.slice(0, 3), de.slice(3)], [fr.slice(0, 3), fr.slice(3)])
    expect(shape(links)).toEqual(['0:0', '1:1'])
  })

  it('links every paragraph when one side has no sentences at all', () => {
    expect(shape(alignParagraphedSentences([['Eins.'], []], [[], []]))).toEqual([':0', ':1', '0:', '1:'])
  })
})

describe('alignParagraphedSentences on a translation that splits a sentence across two paragraphs', () => {
  // The German translation (written for this test) cuts the third paragraph's one sentence into two
  // paragraphs, joins paragraphs 4 and 5, and 7 and 8; it has no counterpart of the last paragraph.
  const read = (lang: string) =>
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'test-fixtures', `article-start.${lang}.txt`), 'utf8')
      .trim()
      .split('\n\n')
      .map((paragraph) => segmentSentences(paragraph, lang))

  it('pairs the split sentence 1:2 instead of dropping a paragraph as having no counterpart', () => {
    const links = alignParagraphedSentences(read('en'), read('de'), { sourceLang: 'en', targetLang: 'de' })
    expect(shape(links).slice(0, 6)).toEqual(['0:0', '1:1', '2:2,3', '3:4', '4,5:5', '6:6'])
  })
})
