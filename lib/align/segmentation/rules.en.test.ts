import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ case: string; text: string; sentences: string[] }> = [
  {
    case: 'a semicolon does not end a sentence',
    text: 'He came; she left. Then it rained.',
    sentences: ['He came; she left.', 'Then it rained.'],
  },
  {
    case: 'titles before a name',
    text: 'Dr. Watson met Mrs. Hudson and Mr. Holmes. They talked.',
    sentences: ['Dr. Watson met Mrs. Hudson and Mr. Holmes.', 'They talked.'],
  },
  {
    case: 'e.g. and i.e. before a capital',
    text: 'Some fruit, e.g. Apples, is sweet; some, i.e. Lemons, is not. Fine.',
    sentences: ['Some fruit, e.g. Apples, is sweet; some, i.e. Lemons, is not.', 'Fine.'],
  },
  {
    case: 'etc. ends a sentence before a capital',
    text: 'We bought apples, pears, etc. The shop then closed.',
    sentences: ['We bought apples, pears, etc.', 'The shop then closed.'],
  },
  {
    case: 'etc. inside a sentence',
    text: 'Apples, pears, etc. are fruit.',
    sentences: ['Apples, pears, etc. are fruit.'],
  },
  { case: 'an ellipsis before lowercase', text: 'Wait... what? I see.', sentences: ['Wait... what?', 'I see.'] },
  {
    case: 'an ellipsis before a capital',
    text: 'And so on… The next day came.',
    sentences: ['And so on…', 'The next day came.'],
  },
  {
    case: 'straight and curly quotes after the stop',
    text: 'He said "Go." Then he left. She asked, “Why?” Nobody answered.',
    sentences: ['He said "Go."', 'Then he left.', 'She asked, “Why?”', 'Nobody answered.'],
  },
  {
    case: 'a quoted exclamation inside a sentence',
    text: '“Stop!” and he ran. Done.',
    sentences: ['“Stop!” and he ran.', 'Done.'],
  },
  { case: 'a sentence in brackets', text: '(See above.) Next one.', sentences: ['(See above.)', 'Next one.'] },
  { case: 'a numbered heading', text: '1. Introduction', sentences: ['1. Introduction'] },
  { case: 'a decimal heading', text: '2.1 Scope of the work', sentences: ['2.1 Scope of the work'] },
  { case: 'a Roman numeral heading', text: 'III. Results', sentences: ['III. Results'] },
  {
    case: 'list items after a colon and after a stop',
    text: 'The steps: 1. Open it. 2. Close it.',
    sentences: ['The steps: 1. Open it.', '2. Close it.'],
  },
  {
    case: 'initials',
    text: 'J. R. R. Tolkien wrote it. He was English.',
    sentences: ['J. R. R. Tolkien wrote it.', 'He was English.'],
  },
  { case: 'the pronoun I ends a sentence', text: 'So did I. Then we left.', sentences: ['So did I.', 'Then we left.'] },
  {
    case: 'a year ends a sentence',
    text: 'It was 1990. The war had ended.',
    sentences: ['It was 1990.', 'The war had ended.'],
  },
  {
    case: 'decimal numbers and times',
    text: 'Pi is 3.14 and it is 10.30 now. Fine.',
    sentences: ['Pi is 3.14 and it is 10.30 now.', 'Fine.'],
  },
  {
    case: 'URLs and e-mail addresses',
    text: 'Visit www.example.com/a.html?x=1 or write to j.doe@example.org. We answer.',
    sentences: ['Visit www.example.com/a.html?x=1 or write to j.doe@example.org.', 'We answer.'],
  },
  {
    case: 'abbreviations before numbers',
    text: 'See p. 5, No. 7 and Jan. 2010. Fine.',
    sentences: ['See p. 5, No. 7 and Jan. 2010.', 'Fine.'],
  },
  {
    case: 'et al. before a year',
    text: 'Smith et al. (2010) showed it.',
    sentences: ['Smith et al. (2010) showed it.'],
  },
  {
    case: 'a line ending with a stop ends the sentence',
    text: 'First line.\nsecond line, lowercase.',
    sentences: ['First line.', 'second line, lowercase.'],
  },
  {
    case: 'a line ending with an abbreviation or an initial continues',
    text: 'He met Dr.\nWatson and J.\nSmith there.',
    sentences: ['He met Dr. Watson and J. Smith there.'],
  },
  {
    case: 'a heading line ends before a line that starts a sentence',
    text: 'Introduction\nThis paper shows it.',
    sentences: ['Introduction', 'This paper shows it.'],
  },
  {
    case: 'a line wrapped inside a sentence does not end it',
    text: 'This sentence is wrapped\nacross two lines,\nThree times.',
    sentences: ['This sentence is wrapped across two lines, Three times.'],
  },
  {
    case: 'a long line without a stop does not end a sentence',
    text: 'This line is far too long to be a heading, so the break at its end is only a wrapped\nLine of text.',
    sentences: ['This line is far too long to be a heading, so the break at its end is only a wrapped Line of text.'],
  },
]

describe('English sentence rules', () => {
  test.each(ROWS)('$case', ({ text, sentences }) => {
    expect(segmentSentences(text, 'en')).toEqual(sentences)
  })
})
