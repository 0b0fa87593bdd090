import { describe, expect, test } from 'vitest'
import { namesInLanguages } from './names-in-languages'
import { pairNamedFiles, type NamedFile } from './pair-uploads'

const f = (name: string): NamedFile => ({ name, data: new TextEncoder().encode(name) })

describe('namesInLanguages', () => {
  test('a file named in another language gets the chosen languages in its place, extension kept', () => {
    expect(namesInLanguages('report.de.txt', ['en', 'fr'])).toEqual(['report.en.txt', 'report.fr.txt'])
    expect(namesInLanguages('two.de-DE.docx', ['de', 'fr'])).toEqual(['two.de.docx', 'two.fr.docx'])
  })

  test('a name without a language gets one, and a part that is no language stays', () => {
    expect(namesInLanguages('three.txt', ['ko', 'ru'])).toEqual(['three.ko.txt', 'three.ru.txt'])
    expect(namesInLanguages('notes.v2.md', ['en', 'pt-BR'])).toEqual(['notes.v2.en.md', 'notes.v2.pt-BR.md'])
    expect(namesInLanguages('Отчёт.doc.html', ['en', 'ru'])).toEqual(['Отчёт.doc.en.html', 'Отчёт.doc.ru.html'])
  })

  test('the names it gives are paired by pairNamedFiles', () => {
    for (const refused of ['report.it.txt', 'three.txt', 'notes.v2.md', 'two.de-DE.docx']) {
      const pairing = pairNamedFiles(namesInLanguages(refused, ['de', 'fr']).map(f), 'de', 'fr')
      expect(pairing.unpaired).toEqual([])
      expect(pairing.pairs).toHaveLength(1)
    }
  })
})
