import { describe, expect, test } from 'vitest'
import { checkConsistency } from './consistency'
import { checkLengthRatio } from './length-ratio'

const seg = (segmentId: string, source: string, target: string) => ({ segmentId, source, target })

describe('checkConsistency', () => {
  test('the same source translated two ways warns on each of its segments', () => {
    const found = checkConsistency([
      seg('a', 'Save the file.', 'Сохраните файл.'),
      seg('b', 'Save  the file.', 'Сохраните документ.'),
      seg('c', 'Save the file.', 'Сохраните файл.'),
      seg('d', 'Open it.', 'Откройте.'),
    ])
    expect(found.map((f) => f.segmentId).sort()).toEqual(['a', 'b', 'c'])
    expect(found[0]?.issue).toEqual({
      check: 'consistency',
      severity: 'warning',
      messageKey: 'inconsistent',
      params: { count: 2 },
    })
  })
  test('one translation per source, or empty ones, pass', () => {
    expect(checkConsistency([seg('a', '저장', '保存'), seg('b', '저장', '保存'), seg('c', '저장', '')])).toEqual([])
  })
})

describe('checkLengthRatio', () => {
  const usual = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      seg(`s${i}`, `This is sentence number ${i} of the text.`, `Это предложение номер ${i} этого текста.`),
    )
  test('a target far shorter or longer than the usual ratio is reported', () => {
    const found = checkLengthRatio([
      ...usual(8),
      seg('short', 'This is a long sentence that says quite a lot of things.', 'Да.'),
      seg(
        'long',
        'Short sentence here, really.',
        'Очень длинное предложение, в котором переводчик написал намного больше, чем было в оригинале, и даже больше.',
      ),
    ])
    expect(found.map((f) => [f.segmentId, f.issue.messageKey])).toEqual([
      ['short', 'lengthShort'],
      ['long', 'lengthLong'],
    ])
  })
  test('usual ratios, short sources and small documents pass', () => {
    expect(checkLengthRatio(usual(8))).toEqual([])
    expect(checkLengthRatio([...usual(8), seg('t', 'Yes.', 'Да, конечно, именно так.')])).toEqual([])
    expect(checkLengthRatio([...usual(3), seg('short', 'This is a long sentence that says a lot.', 'Да.')])).toEqual([])
  })
  test('a language pair with another usual ratio (English to Korean) is judged against its own median', () => {
    const ko = Array.from({ length: 8 }, (_, i) =>
      seg(`k${i}`, `This is sentence number ${i} of the text.`, `이것은 ${i}번 문장입니다.`),
    )
    expect(checkLengthRatio(ko)).toEqual([])
  })
})
