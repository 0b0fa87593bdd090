import { describe, expect, test } from 'vitest'
import { leastFinished, nextStatus, transition } from './segment-states'

describe('transition', () => {
  test('editing a translated segment makes it a draft again; editing an approved one sends it back to review', () => {
    expect(transition('translated', 'edit')).toBe('draft')
    expect(transition('approved', 'edit')).toBe('translated')
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

describe('leastFinished', () => {
  test('a rejected segment outranks an empty one; no segment reads as empty', () => {
    expect(leastFinished(['empty', 'rejected'])).toBe('rejected')
    expect(leastFinished(['approved', 'draft', 'translated'])).toBe('draft')
    expect(leastFinished([])).toBe('empty')
  })
})

describe('nextStatus for a status-only save', () => {
  test('a reviewer approves or rejects unchanged translated text', () => {
    expect(nextStatus('translated', { isEmpty: false, isChanged: false, requested: 'approved' })).toBe('approved')
    expect(nextStatus('approved', { isEmpty: false, isChanged: false, requested: 'rejected' })).toBe('rejected')
    expect(nextStatus('draft', { isEmpty: false, isChanged: false, requested: 'approved' })).toBe('draft')
  })
})
