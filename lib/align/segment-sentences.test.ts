import { describe, expect, test } from 'vitest'
import { segmentSentences } from './segment-sentences'

describe('segmentSentences', () => {
  test('English: keeps titles, initials and e.g. inside the sentence, and quotes after the stop', () => {
    expect(
      segmentSentences(
        'Mr. Smith met Dr. J. R. Watson yesterday. He said "Go." Then (see above.) Next? Yes! It works, e.g. here.',
        'en',
      ),
    ).toEqual([
      'Mr. Smith met Dr. J. R. Watson yesterday.',
      'He said "Go."',
      'Then (see above.)',
      'Next?',
      'Yes!',
      'It works, e.g. here.',
    ])
  })

  test('a quoted exclamation or question followed by lowercase continues the sentence', () => {
    expect(
      segmentSentences(
        'They fought under the slogan “Defend the Union with Arms!” and its soldiers died. He asked “Why?” Nobody answered.',
        'en',
      ),
    ).toEqual([
      'They fought under the slogan “Defend the Union with Arms!” and its soldiers died.',
      'He asked “Why?”',
      'Nobody answered.',
    ])
    expect(
      segmentSentences('Unter der Losung „Verteidigt die Union mit der Waffe!“ leisteten sie Hilfe. Neuer Satz.', 'de'),
    ).toEqual(['Unter der Losung „Verteidigt die Union mit der Waffe!“ leisteten sie Hilfe.', 'Neuer Satz.'])
  })

  test('German: z. B., ordinal dates and low quotes', () => {
    expect(
      segmentSentences('Das ist z. B. ein Test. Am 3. Mai kam er an. Er sagte: „Ja.“ Hr. Müller blieb.', 'de'),
    ).toEqual(['Das ist z. B. ein Test.', 'Am 3. Mai kam er an.', 'Er sagte: „Ja.“', 'Hr. Müller blieb.'])
  })

  test('French: a closing guillemet after a space stays with its sentence', () => {
    expect(segmentSentences('Il dit « Bonjour. » Puis il part. M. Dupont reste.', 'fr')).toEqual([
      'Il dit « Bonjour. »',
      'Puis il part.',
      'M. Dupont reste.',
    ])
  })

  test('Russian: т. е. and г. are abbreviations', () => {
    expect(segmentSentences('Это, т. е. пример. Он родился в 1990 г. в Москве. Правда?', 'ru')).toEqual([
      'Это, т. е. пример.',
      'Он родился в 1990 г. в Москве.',
      'Правда?',
    ])
  })

  test('Korean, Chinese and Arabic punctuation', () => {
    expect(segmentSentences('안녕하세요. 감사합니다! 네?', 'ko')).toEqual(['안녕하세요.', '감사합니다!', '네?'])
    expect(segmentSentences('你好。我很好！你呢？他说：“好。”然后走了。', 'zh')).toEqual([
      '你好。',
      '我很好！',
      '你呢？',
      '他说：“好。”',
      '然后走了。',
    ])
    expect(segmentSentences('مرحبا؟ نعم. لا شيء!', 'ar')).toEqual(['مرحبا؟', 'نعم.', 'لا شيء!'])
  })

  test('Thai: a space between Thai words ends a sentence', () => {
    expect(segmentSentences('สวัสดีครับ ผมชื่อสมชาย', 'th')).toEqual(['สวัสดีครับ', 'ผมชื่อสมชาย'])
  })

  test('a blank line ends a sentence; a line break inside a sentence is a space', () => {
    expect(segmentSentences('One line\ncontinues here.\n\nNo stop here\n\nLast.', 'en-GB')).toEqual([
      'One line continues here.',
      'No stop here',
      'Last.',
    ])
    expect(segmentSentences('  \n\n ', 'en')).toEqual([])
  })
})
