import { describe, expect, test } from 'vitest'
import { decodeTermCursor } from './glossary'

const cursorOf = (json: string) => Buffer.from(json).toString('base64url')

describe('decodeTermCursor', () => {
  test('reads the two keys of a cursor', () => {
    expect(decodeTermCursor(cursorOf('["button","кнопка"]'))).toEqual({ sourceKey: 'button', targetKey: 'кнопка' })
  })

  test('a cursor whose keys hold a NUL or a lone surrogate is none, rather than a failing query', () => {
    expect(decodeTermCursor(cursorOf('["\\u0000","b"]'))).toBeNull()
    expect(decodeTermCursor(cursorOf('["a","b\\ud800"]'))).toBeNull()
  })
})
