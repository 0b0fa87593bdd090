import { describe, expect, test } from 'vitest'
import { computeAnchorWeights } from './anchor-weights'
import { buildProblem, withLexicon } from './build-problem'
import { initialModel } from './estimate-model'
import { CLASS_INDEX } from './extract-features'
import { learnLexicon } from './learn-lexicon'
import { lexicalUnits } from './lexical-units'

// A toy corpus: each word of the German side has one French translation, in varied company.
const CORPUS: Array<[string, string]> = [
  ['Haus Garten', 'maison jardin'],
  ['Haus Hund', 'maison chien'],
  ['Garten Katze', 'jardin chat'],
  ['Hund Katze', 'chien chat'],
  ['Haus Katze', 'maison chat'],
  ['Garten Hund', 'jardin chien'],
  ['Vogel Baum', 'oiseau arbre'],
]

function vocabulary(texts: string[]) {
  const ids = new Map<string, number>()
  for (const text of texts) for (const unit of lexicalUnits(text)) if (!ids.has(unit)) ids.set(unit, ids.size)
  const units = (text: string) => Int32Array.from(lexicalUnits(text), (unit) => ids.get(unit)!).sort()
  const names = [...ids.keys()]
  return { ids, units, names }
}

describe('learnLexicon', () => {
  test('learns each word pair that recurs in linked pairs, and no pair seen only once', () => {
    const { ids, units, names } = vocabulary(CORPUS.flat())
    const lexicon = learnLexicon(
      CORPUS.map(([source]) => units(source)),
      CORPUS.map(([, target]) => units(target)),
      CORPUS.map((_, k): [number, number] => [k, k]),
      ids.size,
    )
    const pairs = lexicon.map(([e, f]) => `${names[e]}=${names[f]}`).sort()
    // "vogel"/"oiseau" meet once only: a pair learned from a single link would just confirm that link.
    expect(pairs).toEqual(['garte=jardi', 'haus=maiso', 'hund=chien', 'katze=chat'])
  })

  test('learns nothing from links that never repeat a word', () => {
    const { ids, units } = vocabulary(['Vogel', 'oiseau', 'Baum', 'arbre'])
    expect(
      learnLexicon(
        [units('Vogel'), units('Baum')],
        [units('oiseau'), units('arbre')],
        [
          [0, 0],
          [1, 1],
        ],
        ids.size,
      ),
    ).toEqual([])
  })
})

describe('withLexicon', () => {
  test('gives a source and a target segment holding the two words of a pair one shared token', () => {
    const problem = buildProblem(['Das Haus', 'Ein Garten'], ['la maison', 'un jardin'])
    // Every unit here is new where it appears, so unit ids follow the order of lexicalUnits.
    const haus = problem.sourceUnits[0]![lexicalUnits('Das Haus').indexOf('haus')]!
    const maison = problem.targetUnits[0]![lexicalUnits('la maison').indexOf('maiso')]!
    const extended = withLexicon(problem, [[haus, maison]])
    const token = problem.tokenClass.length
    expect(extended.tokenClass[token]).toBe(CLASS_INDEX.lexicon)
    expect([...extended.sourceTokens[0]!]).toContain(token)
    expect([...extended.targetTokens[0]!]).toContain(token)
    expect([...extended.sourceTokens[1]!]).not.toContain(token)
    expect([...extended.targetPostings[token]!]).toEqual([0])
  })

  test('a dictionary token found in a run of segments weighs less than in one; a number does not', () => {
    const source = ['Das Haus 1956.', 'Der Garten.', 'Die Katze.', 'Der Hund.']
    const target = ['La maison 1956.', 'Le jardin.', 'Le chat.', 'Le chien.']
    const problem = buildProblem(source, target)
    const haus = problem.sourceUnits[0]![lexicalUnits(source[0]!).indexOf('haus')]!
    const maison = problem.targetUnits[0]![lexicalUnits(target[0]!).indexOf('maiso')]!
    const extended = withLexicon(problem, [[haus, maison]])
    const weights = computeAnchorWeights(extended, initialModel(extended))
    const pair = problem.tokenClass.length
    const number = [...problem.sourceTokens[0]!].find((id) => problem.tokenClass[id] === CLASS_INDEX.number)!
    expect(weights.sourceGain[0]![pair]!).toBeGreaterThan(weights.sourceGain[2]![pair]!)
    expect(weights.sourceGain[2]![number]).toBe(weights.sourceGain[0]![number])
  })
})
