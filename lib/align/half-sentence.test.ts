import { describe, expect, test } from 'vitest'
import { align } from './align'
import { insideSentences } from './build-problem'

describe('positions inside a sentence', () => {
  test.each([
    // [segments, positions 0..n that fall inside a sentence]
    [['Bíddu,', 'hvað er Rakel að gera hér?'], [1]],
    [['Wait‚', 'what now?'], [1]],
    [['Nordic co-operation is one of the forms of collaboration,', 'involving Denmark.'], [1]],
    [['Other sessions are held at the behest of the Presidium', 'or when two governments ask.'], [1]],
    [['Er war in der Hori-', 'zontale.'], [1]],
    [['Dies ist ein Satz.', 'und hier klein.'], []],
    [['Denn der Wert wird aufgegeben ;', 'der neue Wert ist 8481 m.'], []],
    [['Voici la liste :', 'un, deux.'], []],
    [['Was ist das?', 'nichts.'], []],
    [['Hi,', 'How are you?'], []],
    [['Hi,', '«так и есть».'], [1]],
    [['所以，', '我们走了。'], []],
    [['One', ''], []],
  ])('%j', (segments, inside) => {
    const flags = insideSentences(segments)
    expect(flags).toHaveLength(segments.length + 1)
    expect([...flags.keys()].filter((k) => flags[k] === 1)).toEqual(inside)
  })
})

describe('a sentence cut in two lines on one side', () => {
  // Subtitles from the ParIce English-Icelandic evaluation data (CC BY 4.0): the Icelandic cuts "Wait, what
  // ...?" after the comma where the English has one line. Without the evidence the cut joined the previous line.
  const source = [
    '-I just don\u2019t agree.',
    'What is Rakel doing here?',
    'She probably wants a Tommi Dog for lunch.',
    'Have fun!',
  ]
  const target = [
    '-Ég er bara ósammála.',
    'Bíddu,',
    'hvað er Rakel að gera hér?',
    'Ætli hún vilji ekki Tommapylsu í hádegismat.',
    'Góða skemmtun!',
  ]
  test('goes with the line it begins, not the one before', () => {
    const links = align(source, target).map((l) => [l.source, l.target])
    expect(links).toEqual([
      [[0], [0]],
      [[1], [1, 2]],
      [[2], [3]],
      [[3], [4]],
    ])
  })
})
