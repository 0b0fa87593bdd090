import { describe, expect, test } from 'vitest'
import { nextStatus, transition } from './segment-states'

describe('transition', () => {
  test('editing a translated or approved segment makes it a draft again', () => {
    expect(transition('translated', 'edit')).toBe('draft')
    expect(transition('approved', 'edit')).toBe('draft')
  })

  test('an empty segment cannot be approved', () => {
    expect(transition('empty', 'approve')).toBe('empty')
  })
})

describe('nextStatus', () => {
  test('typing into an empty segment makes a draft', () => {
    expect(nextStatus('empty', { isEmpty: false, isChanged: true })).toBe('draft')
  })

  test('confirming with new text marks it translated', () => {
    expect(nextStatus('empty', { isEmpty: false, isChanged: true, requested: 'translated' })).toBe('translated')
  })

  test('clearing the text always empties the segment', () => {
    expect(nextStatus('approved', { isEmpty: true, isChanged: true, requested: 'translated' })).toBe('empty')
  })

  test('saving unchanged text keeps the state', () => {
    expect(nextStatus('approved', { isEmpty: false, isChanged: false })).toBe('approved')
  })
})
