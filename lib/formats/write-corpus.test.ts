import { describe, expect, test } from 'vitest'
import { validateTmx } from './test-fixtures/tools'
import { corpusFormatOf, createCorpusWriter } from './write-corpus'

const createdAt = new Date('2026-01-02T03:04:05Z')
const units = [
  { document: 'a <1>', source: 'Tom & Jerry.', target: 'Tom et Jerry.', confidence: 0.98765 },
  { document: 'b', source: 'Nein\u0001.', target: 'Non.', confidence: 1 },
]

describe('createCorpusWriter', () => {
  test('TMX: a valid TMX 1.4b file, unique tuids, each unit tagged with its document', () => {
    const w = createCorpusWriter('tmx', { sourceLang: 'de', targetLang: 'fr-ca', createdAt })
    const tmx = w.head + units.map(w.unit).join('') + w.tail
    expect(validateTmx(tmx)).toBe('')
    expect(tmx).toContain('srclang="de"')
    expect(tmx).toContain(
      '<tu tuid="1"><prop type="x-document">a &lt;1&gt;</prop><prop type="x-confidence">0.988</prop>' +
        '<tuv xml:lang="de"><seg>Tom &amp; Jerry.</seg></tuv><tuv xml:lang="fr-CA"><seg>Tom et Jerry.</seg></tuv></tu>\n',
    )
    expect(tmx).toContain('<tu tuid="2"><prop type="x-document">b</prop>')
    expect(tmx).toContain('<seg>Nein.</seg>')
  })

  test('JSON Lines: one object per unit', () => {
    const w = createCorpusWriter('jsonl', { sourceLang: 'de', targetLang: 'fr', createdAt })
    const lines = (w.head + units.map(w.unit).join('') + w.tail).trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        document: 'a <1>',
        source: 'Tom & Jerry.',
        target: 'Tom et Jerry.',
        sourceLang: 'de',
        targetLang: 'fr',
        confidence: 0.988,
      },
      { document: 'b', source: 'Nein\u0001.', target: 'Non.', sourceLang: 'de', targetLang: 'fr', confidence: 1 },
    ])
  })

  test('the format follows the output file name', () => {
    expect(corpusFormatOf('out/corpus.JSONL')).toBe('jsonl')
    expect(corpusFormatOf('corpus.ndjson')).toBe('jsonl')
    expect(corpusFormatOf('corpus.tmx')).toBe('tmx')
    expect(corpusFormatOf('corpus')).toBe('tmx')
  })
})
