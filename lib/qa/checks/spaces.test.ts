import { describe, expect, test } from 'vitest'
import { segment } from '../test-input'
import { checkSpaces } from './spaces'

describe('checkSpaces', () => {
  test('spaces like the source pass', () => {
    expect(checkSpaces(segment(' Hello. ', ' Привет. '))).toEqual([])
    expect(checkSpaces(segment('Hello.', '안녕하세요.', { targetLang: 'ko' }))).toEqual([])
  })
  test('leading, trailing and double spaces are reported where they are', () => {
    expect(checkSpaces(segment('Hello world.', ' Привет  мир. '))).toEqual([
      { check: 'spaces', severity: 'info', messageKey: 'spaceLeadingExtra', params: {}, target: { start: 0, end: 1 } },
      {
        check: 'spaces',
        severity: 'info',
        messageKey: 'spaceTrailingExtra',
        params: {},
        target: { start: 13, end: 14 },
      },
      { check: 'spaces', severity: 'info', messageKey: 'spaceDouble', params: {}, target: { start: 7, end: 9 } },
    ])
    expect(checkSpaces(segment(' Hi', 'مرحبا', { targetLang: 'ar' })).map((i) => i.messageKey)).toEqual([
      'spaceLeadingMissing',
    ])
  })
  test('double spaces the source has too pass', () => {
    expect(checkSpaces(segment('A.  B.', 'А.  Б.'))).toEqual([])
  })
})
