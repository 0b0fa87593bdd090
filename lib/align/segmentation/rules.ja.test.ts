import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ case: string; text: string; sentences: string[] }> = [
  {
    case: 'full stops without spaces',
    text: '今日は晴れです。明日は雨です。',
    sentences: ['今日は晴れです。', '明日は雨です。'],
  },
  { case: 'a quotation followed by と', text: '「はい。」と彼は言った。', sentences: ['「はい。」と彼は言った。'] },
  {
    case: 'a quotation followed by って',
    text: '「本当？」って聞いた。そうだよ。',
    sentences: ['「本当？」って聞いた。', 'そうだよ。'],
  },
  {
    case: 'two quoted sentences',
    text: '彼は「行こう。」と言った。私は「いいえ。」と答えた。',
    sentences: ['彼は「行こう。」と言った。', '私は「いいえ。」と答えた。'],
  },
  {
    case: 'a closing corner bracket after the stop ends the sentence',
    text: 'これは「終わり。」そして次。',
    sentences: ['これは「終わり。」', 'そして次。'],
  },
  {
    case: 'double corner brackets inside a sentence',
    text: '『こころ』は名作です。読みましたか？',
    sentences: ['『こころ』は名作です。', '読みましたか？'],
  },
  { case: 'exclamation and question marks', text: 'すごい！本当に？', sentences: ['すごい！', '本当に？'] },
  { case: 'a full-width decimal number', text: '値段は３．５ドルです。', sentences: ['値段は３．５ドルです。'] },
  { case: 'half-width stops', text: '今日は晴れ.明日は雨.', sentences: ['今日は晴れ.', '明日は雨.'] },
  {
    case: 'a space after the stop',
    text: '東京に行きました。 大阪にも行きました。',
    sentences: ['東京に行きました。', '大阪にも行きました。'],
  },
  { case: 'a heading without a stop', text: '第１章　はじめに', sentences: ['第１章 はじめに'] },
  {
    case: 'a full-width semicolon does not end a sentence',
    text: '雨が降った；風も吹いた。終わり。',
    sentences: ['雨が降った；風も吹いた。', '終わり。'],
  },
]

describe('Japanese sentence rules', () => {
  test.each(ROWS)('$case', ({ text, sentences }) => {
    expect(segmentSentences(text, 'ja')).toEqual(sentences)
  })
})
