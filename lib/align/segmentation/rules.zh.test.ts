import { describe, expect, test } from 'vitest'
import { segmentSentences } from '../segment-sentences'

const ROWS: Array<{ case: string; text: string; sentences: string[] }> = [
  { case: 'full stops without spaces', text: '你好。我很好！你呢？', sentences: ['你好。', '我很好！', '你呢？'] },
  {
    case: 'a closing quote stays with its sentence',
    text: '他说：“好。”然后走了。',
    sentences: ['他说：“好。”', '然后走了。'],
  },
  {
    case: 'corner brackets',
    text: '她问：「真的吗？」我说：「是的。」',
    sentences: ['她问：「真的吗？」', '我说：「是的。」'],
  },
  { case: 'half-width stops between Chinese', text: '我很好.你呢?', sentences: ['我很好.', '你呢?'] },
  { case: 'a decimal number', text: '圆周率是3.14。对吗？', sentences: ['圆周率是3.14。', '对吗？'] },
  {
    case: 'a full-width decimal number',
    text: '价格是１２．５元。太贵了！',
    sentences: ['价格是１２．５元。', '太贵了！'],
  },
  {
    case: 'a full-width semicolon does not end a sentence',
    text: '第一；第二。第三。',
    sentences: ['第一；第二。', '第三。'],
  },
  {
    case: 'a quotation followed by a comma continues',
    text: '他说：“走！”，然后离开。',
    sentences: ['他说：“走！”，然后离开。'],
  },
  { case: 'a space after the stop', text: '你好。 我很好。', sentences: ['你好。', '我很好。'] },
  { case: 'an ellipsis does not end a sentence', text: '他来了……然后走了。', sentences: ['他来了……然后走了。'] },
  { case: 'doubled marks', text: '真的吗？！我不信。', sentences: ['真的吗？！', '我不信。'] },
  {
    case: 'English and Chinese mixed',
    text: 'Hello world. 你好。Fine.',
    sentences: ['Hello world.', '你好。', 'Fine.'],
  },
]

describe('Chinese sentence rules', () => {
  test.each(ROWS)('$case', ({ text, sentences }) => {
    expect(segmentSentences(text, 'zh')).toEqual(sentences)
  })
})
