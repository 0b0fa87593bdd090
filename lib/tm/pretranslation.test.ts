import { describe, expect, test } from 'vitest'
import { asPretranslation, pickPretranslation } from './pretranslation'

const match = (score: number, kind: 'exact' | 'context' | 'fuzzy') => ({ score, kind })

describe('pickPretranslation', () => {
  test('takes the best match when it is 100% or in context, and nothing fuzzy', () => {
    expect(pickPretranslation([match(101, 'context'), match(100, 'exact')], 'exact')).toEqual(match(101, 'context'))
    expect(pickPretranslation([match(100, 'exact'), match(90, 'fuzzy')], 'exact')).toEqual(match(100, 'exact'))
    expect(pickPretranslation([match(99, 'fuzzy')], 'exact')).toBeNull()
    expect(pickPretranslation([], 'exact')).toBeNull()
  })
  test('"in context only" refuses a 100% match', () => {
    expect(pickPretranslation([match(100, 'exact')], 'context')).toBeNull()
    expect(pickPretranslation([match(101, 'context')], 'context')).toEqual(match(101, 'context'))
  })
})

describe('asPretranslation', () => {
  test('reads a stored origin back and refuses anything else', () => {
    const stored = { kind: 'exact', score: 100, origin: 'a.tmx', originLabel: 'a.tmx', documentId: null }
    expect(asPretranslation(stored)).toEqual(stored)
    expect(asPretranslation(null)).toBeNull()
    expect(asPretranslation({ ...stored, kind: 'fuzzy' })).toBeNull()
    expect(asPretranslation({ ...stored, score: '100' })).toBeNull()
  })
})
