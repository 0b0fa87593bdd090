import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ case: string; text: string; sentences: string[] }> = [
  {
    case: 'stops followed by spaces',
    text: '안녕하세요. 감사합니다! 네?',
    sentences: ['안녕하세요.', '감사합니다!', '네?'],
  },
  { case: '다. without a space', text: '그는 말했다.그리고 떠났다.', sentences: ['그는 말했다.', '그리고 떠났다.'] },
  {
    case: '요. without a space',
    text: '날씨가 좋아요.오늘은 뭐 해요?',
    sentences: ['날씨가 좋아요.', '오늘은 뭐 해요?'],
  },
  {
    case: 'a decimal number',
    text: '무게는 3.5킬로그램입니다. 무거워요.',
    sentences: ['무게는 3.5킬로그램입니다.', '무거워요.'],
  },
  {
    case: 'a quotation followed by a particle',
    text: '"안녕."이라고 말했다. 그리고 떠났다.',
    sentences: ['"안녕."이라고 말했다.', '그리고 떠났다.'],
  },
  {
    case: 'a quotation followed by a verb of saying',
    text: '그가 "안녕." 하고 말했다. 끝.',
    sentences: ['그가 "안녕." 하고 말했다.', '끝.'],
  },
  {
    case: 'a quotation that ends the sentence',
    text: '그가 말했다. "안녕." 그리고 떠났다.',
    sentences: ['그가 말했다.', '"안녕."', '그리고 떠났다.'],
  },
  { case: 'a question', text: '정말요? 네, 정말이에요.', sentences: ['정말요?', '네, 정말이에요.'] },
  {
    case: 'a semicolon does not end a sentence',
    text: '첫째; 둘째다. 셋째다.',
    sentences: ['첫째; 둘째다.', '셋째다.'],
  },
  {
    case: 'an ellipsis before the next sentence',
    text: '서울은 크다... 그리고 복잡하다.',
    sentences: ['서울은 크다...', '그리고 복잡하다.'],
  },
  {
    case: 'a title before a name',
    text: 'Dr. Kim은 의사다. 그는 바쁘다.',
    sentences: ['Dr. Kim은 의사다.', '그는 바쁘다.'],
  },
  { case: 'a numbered heading', text: '1. 서론', sentences: ['1. 서론'] },
]

describe('Korean sentence rules', () => {
  test.each(ROWS)('$case', ({ text, sentences }) => {
    expect(segmentSentences(text, 'ko')).toEqual(sentences)
  })
})
