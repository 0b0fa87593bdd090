import { describe, expect, test } from 'vitest'
import { findAction, formatCombo } from './keymap'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
})

describe('findAction', () => {
  test('maps Ctrl+Enter to confirm-and-next and Ctrl+Shift+C to copy source', () => {
    expect(findAction(key('Enter', { ctrlKey: true }))).toBe('confirmAndNext')
    expect(findAction(key('C', { ctrlKey: true, shiftKey: true }))).toBe('copySource')
  })

  test('moves with Ctrl or Alt and the arrows', () => {
    expect(findAction(key('ArrowDown', { altKey: true }))).toBe('next')
    expect(findAction(key('ArrowUp', { ctrlKey: true }))).toBe('previous')
  })

  test('uses Cmd instead of Ctrl on Apple keyboards', () => {
    expect(findAction(key('Enter', { metaKey: true }), true)).toBe('confirmAndNext')
    expect(findAction(key('Enter', { ctrlKey: true }), true)).toBeNull()
  })

  test('ignores plain typing', () => {
    expect(findAction(key('c'))).toBeNull()
    expect(findAction(key('Enter'))).toBeNull()
  })
})

describe('formatCombo', () => {
  test('shows Ctrl on PCs and ⌘ on Apple', () => {
    expect(formatCombo('Mod+Shift+C')).toBe('Ctrl+Shift+C')
    expect(formatCombo('Mod+ArrowDown', true)).toBe('⌘+↓')
  })
})
