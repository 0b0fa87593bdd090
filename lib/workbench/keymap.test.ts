import { describe, expect, test } from 'vitest'
import { findAction, formatCombo, matchesKey, type KeyLike } from './keymap'

const key = (k: string, mods: Partial<Omit<KeyLike, 'key'>> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('findAction', () => {
  test('maps Ctrl+Enter to confirm-and-next and Ctrl+Shift+C to copy source', () => {
    expect(findAction(key('Enter', { ctrlKey: true }))).toBe('confirmAndNext')
    expect(findAction(key('C', { ctrlKey: true, shiftKey: true }))).toBe('copySource')
  })

  test('opens the history with Alt+Shift+H, whatever the layout types (Russian Р, Option-typed Ó on a Mac)', () => {
    expect(findAction(key('H', { altKey: true, shiftKey: true }))).toBe('history')
    expect(findAction(key('Р', { code: 'KeyH', altKey: true, shiftKey: true }))).toBe('history')
    expect(findAction(key('Ó', { code: 'KeyH', altKey: true, shiftKey: true }), true)).toBe('history')
    expect(findAction(key('H', { altKey: true }))).toBeNull()
  })

  test('approves with Ctrl+Shift+Enter and rejects with Ctrl+Shift+Backspace, apart from confirming', () => {
    expect(findAction(key('Enter', { ctrlKey: true, shiftKey: true }))).toBe('approveAndNext')
    expect(findAction(key('Backspace', { ctrlKey: true, shiftKey: true }))).toBe('reject')
    expect(findAction(key('Enter', { metaKey: true, shiftKey: true }), true)).toBe('approveAndNext')
    expect(findAction(key('Backspace', { ctrlKey: true }))).toBeNull()
  })

  test('opens the comments with Alt+M, also on a Russian layout and on a Mac (where Option+M types µ)', () => {
    expect(findAction(key('m', { altKey: true }))).toBe('comments')
    expect(findAction(key('ь', { code: 'KeyM', altKey: true }))).toBe('comments')
    expect(findAction(key('µ', { code: 'KeyM', altKey: true }), true)).toBe('comments')
    expect(findAction(key('m', { altKey: true, ctrlKey: true }))).toBeNull()
  })

  test('moves with Ctrl or Alt and the arrows', () => {
    expect(findAction(key('ArrowDown', { altKey: true }))).toBe('next')
    expect(findAction(key('ArrowUp', { ctrlKey: true }))).toBe('previous')
  })

  test('uses Cmd instead of Ctrl on Apple keyboards', () => {
    expect(findAction(key('Enter', { metaKey: true }), true)).toBe('confirmAndNext')
    expect(findAction(key('Enter', { ctrlKey: true }), true)).toBeNull()
  })

  test('finds letter shortcuts by the physical key on a Russian layout', () => {
    expect(findAction(key('С', { code: 'KeyC', ctrlKey: true, shiftKey: true }))).toBe('copySource')
    expect(findAction(key('с', { code: 'KeyC', ctrlKey: true, shiftKey: true }))).toBe('copySource')
    expect(findAction(key('с', { code: 'KeyC', metaKey: true, shiftKey: true }), true)).toBe('copySource')
    expect(findAction(key('с', { code: 'KeyC' }))).toBeNull()
  })

  test('leaves keys to the input method while it composes', () => {
    expect(findAction(key('Enter', { ctrlKey: true, isComposing: true }))).toBeNull()
    expect(findAction(key('Process', { code: 'KeyC', ctrlKey: true, shiftKey: true, keyCode: 229 }))).toBeNull()
  })

  test('ignores plain typing', () => {
    expect(findAction(key('c'))).toBeNull()
    expect(findAction(key('Enter'))).toBeNull()
  })
})

describe('matchesKey', () => {
  test('matches the letter typed on Latin layouts, not the physical key', () => {
    expect(matchesKey(key('c', { code: 'KeyC' }), 'C')).toBe(true)
    // AZERTY: the key labelled A sits where QWERTY has Q.
    expect(matchesKey(key('a', { code: 'KeyQ' }), 'A')).toBe(true)
    expect(matchesKey(key('a', { code: 'KeyQ' }), 'Q')).toBe(false)
  })

  test('falls back to the physical key for letters and digits on other layouts', () => {
    expect(matchesKey(key('ㅊ', { code: 'KeyC' }), 'C')).toBe(true)
    expect(matchesKey(key('&', { code: 'Digit1' }), '1')).toBe(true)
    expect(matchesKey(key('1', { code: 'Digit1' }), '1')).toBe(true)
    expect(matchesKey(key('с', { code: 'KeyC' }), 'S')).toBe(false)
  })

  test('compares other keys by name only', () => {
    expect(matchesKey(key('Enter', { code: 'Enter' }), 'Enter')).toBe(true)
    expect(matchesKey(key('F1', { code: 'F1' }), 'F1')).toBe(true)
    expect(matchesKey(key('.', { code: 'Slash' }), '?')).toBe(false)
  })
})

describe('formatCombo', () => {
  test('shows Ctrl on PCs and ⌘ on Apple', () => {
    expect(formatCombo('Mod+Shift+C')).toBe('Ctrl+Shift+C')
    expect(formatCombo('Mod+ArrowDown', true)).toBe('⌘+↓')
  })
})
