import { describe, expect, test } from 'vitest'
import type { Role } from '../auth/permissions'
import {
  actionForStatus,
  decideEvent,
  leastFinished,
  nextStatus,
  SEGMENT_EVENTS,
  SEGMENT_STATUSES,
  transition,
} from './segment-states'
import { EXPECTED, ROLE_EVENTS } from './test/expected-transitions'

describe('decideEvent: every state × event × role', () => {
  const cases = (Object.keys(ROLE_EVENTS) as Role[]).flatMap((role) =>
    SEGMENT_STATUSES.flatMap((state) => SEGMENT_EVENTS.map((event) => ({ role, state, event }))),
  )
  test.each(cases)('$role: $event on $state', ({ role, state, event }) => {
    const expected = ROLE_EVENTS[role].includes(event) ? EXPECTED[state][event] : 'forbidden'
    expect(decideEvent({ role, langs: ['ru'] }, 'ru', state, event)).toBe(expected)
  })

  test('nobody may cause any event in a language they do not work in', () => {
    for (const role of ['translator', 'reviewer'] as const)
      for (const event of SEGMENT_EVENTS)
        expect(decideEvent({ role, langs: ['ko'] }, 'ru', 'translated', event)).toBe('forbidden')
    expect(decideEvent({ role: 'admin', langs: ['ko'] }, 'ru', 'translated', 'approve')).toBe('approved')
  })
})

describe('actionForStatus', () => {
  test('approving and rejecting need the review permission, every other save the edit permission', () => {
    expect(actionForStatus('approved')).toBe('segments.review')
    expect(actionForStatus('rejected')).toBe('segments.review')
    for (const status of [undefined, 'empty', 'draft', 'translated'] as const)
      expect(actionForStatus(status)).toBe('segments.edit')
  })
})

describe('transition', () => {
  test('editing a translated segment makes it a draft; editing an approved one sends it back to translated', () => {
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
