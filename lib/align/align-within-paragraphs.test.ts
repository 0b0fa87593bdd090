import { describe, expect, test } from 'vitest'
import { alignWithinParagraphs } from './align-within-paragraphs'

describe('alignWithinParagraphs', () => {
  test('aligns sentences only inside linked paragraphs, with flattened ids', () => {
    const source = [
      ['The Aare is 288 km long.', 'It rises at the Grimsel.'],
      ['Bern was founded in 1191.', 'Its old town is a UNESCO site since 1983.'],
    ]
    const target = [
      ["L'Aar mesure 288 km.", 'Elle prend sa source au Grimsel.'],
      ['Berne a été fondée en 1191.', "Sa vieille ville est inscrite à l'UNESCO depuis 1983."],
    ]
    const links = alignWithinParagraphs(source, target).map(({ source, target }) => ({ source, target }))
    expect(links).toEqual([0, 1, 2, 3].map((k) => ({ source: [k], target: [k] })))
  })

  test('covers a paragraph without counterpart with 1:0 links', () => {
    const links = alignWithinParagraphs(
      [['A 1.'], ['Untranslated 2.', 'Also untranslated.'], ['B 3.']],
      [['A 1.'], ['B 3.']],
    )
    expect(links.flatMap((link) => link.source)).toEqual([0, 1, 2, 3])
    expect(links.flatMap((link) => link.target)).toEqual([0, 1])
  })
})
