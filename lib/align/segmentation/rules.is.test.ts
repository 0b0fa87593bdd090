import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ case: string; text: string; sentences: string[] }> = [
  { case: 't.d.', text: 'Það var t.d. gott. Næsta setning.', sentences: ['Það var t.d. gott.', 'Næsta setning.'] },
  {
    case: 't. d. with a space',
    text: 'Það er t. d. Jón. Já.',
    sentences: ['Það er t. d. Jón.', 'Já.'],
  },
  {
    case: 'þ.e. before a capital',
    text: 'Hann kom, þ.e. Jón, seint. Svo fór hann.',
    sentences: ['Hann kom, þ.e. Jón, seint.', 'Svo fór hann.'],
  },
  {
    case: 'o.s.frv. ends a sentence before a capital',
    text: 'Epli, perur o.s.frv. Svo kom hann.',
    sentences: ['Epli, perur o.s.frv.', 'Svo kom hann.'],
  },
  {
    case: 'o.s.frv. inside a sentence',
    text: 'Epli, perur o.s.frv. eru ávextir.',
    sentences: ['Epli, perur o.s.frv. eru ávextir.'],
  },
  {
    case: 'abbreviations before numbers',
    text: 'Sjá bls. 5 og nr. 7. Gott.',
    sentences: ['Sjá bls. 5 og nr. 7.', 'Gott.'],
  },
  {
    case: 'kl. before a time',
    text: 'Hann kom kl. 10.30 í gær. Gott.',
    sentences: ['Hann kom kl. 10.30 í gær.', 'Gott.'],
  },
  {
    case: 'an ordinal date',
    text: 'Hann fæddist 17. júní 1811. Hann dó síðar.',
    sentences: ['Hann fæddist 17. júní 1811.', 'Hann dó síðar.'],
  },
  {
    case: 'an ellipsis before lowercase',
    text: 'Nei... það má ekki gerast. Já.',
    sentences: ['Nei... það má ekki gerast.', 'Já.'],
  },
  {
    case: 'low and high quotes after the stop',
    text: 'Hann sagði: „Já.“ Svo fór hann.',
    sentences: ['Hann sagði: „Já.“', 'Svo fór hann.'],
  },
  {
    case: 'u.þ.b. before a number',
    text: 'Þetta gerðist u.þ.b. 5 sinnum. Já.',
    sentences: ['Þetta gerðist u.þ.b. 5 sinnum.', 'Já.'],
  },
  { case: 'a question', text: 'Hver ertu? Ég er Jón.', sentences: ['Hver ertu?', 'Ég er Jón.'] },
  { case: 'sr. before a name', text: 'Sr. Jón kom. Hann messaði.', sentences: ['Sr. Jón kom.', 'Hann messaði.'] },
  {
    case: 'a semicolon does not end a sentence',
    text: 'Hann kom; hún fór. Endir.',
    sentences: ['Hann kom; hún fór.', 'Endir.'],
  },
]

describe('Icelandic sentence rules', () => {
  test.each(ROWS)('$case', ({ text, sentences }) => {
    expect(segmentSentences(text, 'is')).toEqual(sentences)
  })
})
