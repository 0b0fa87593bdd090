import { describe, expect, test } from 'vitest'
import type { KeyLike } from '../workbench/keymap'
import { ALIGNMENT_KEYMAP, findAlignmentAction, formatAlignmentCombo } from './alignment-keymap'

const key = (k: string, mods: Partial<Omit<KeyLike, 'key'>> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
})

describe('findAlignmentAction', () => {
  test('tells InterText-style keys apart by their modifiers', () => {
    expect(findAlignmentAction(key('Backspace'))).toBe('moveTargetUp')
    expect(findAlignmentAction(key('Backspace', { shiftKey: true }))).toBe('moveSourceUp')
    expect(findAlignmentAction(key('Backspace', { ctrlKey: true }))).toBe('merge')
    expect(findAlignmentAction(key('Delete', { ctrlKey: true }))).toBe('mergeNext')
    expect(findAlignmentAction(key('Enter'))).toBe('moveTargetDown')
    expect(findAlignmentAction(key('Enter', { ctrlKey: true }))).toBe('sourceAlone')
    expect(findAlignmentAction(key(' '))).toBe('confirm')
    expect(findAlignmentAction(key('c'))).toBe('confirmAbove')
    expect(findAlignmentAction(key('c', { ctrlKey: true }))).toBeNull()
    expect(findAlignmentAction(key('z', { ctrlKey: true }))).toBe('undo')
    expect(findAlignmentAction(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(findAlignmentAction(key('y', { ctrlKey: true }))).toBe('redo')
    expect(findAlignmentAction(key('?', { shiftKey: true }))).toBe('help')
  })

  test('finds letter keys by their physical position on a Russian layout', () => {
    expect(findAlignmentAction(key('с', { code: 'KeyC' }))).toBe('confirmAbove')
    expect(findAlignmentAction(key('т', { code: 'KeyN' }))).toBe('nextIrregular')
    expect(findAlignmentAction(key('г', { code: 'KeyU' }))).toBe('nextUnconfirmed')
    expect(findAlignmentAction(key('о', { code: 'KeyJ' }))).toBe('nextUncertain')
    expect(findAlignmentAction(key('л', { code: 'KeyK' }))).toBe('previousUncertain')
    expect(findAlignmentAction(key('у', { code: 'KeyE' }))).toBe('sentences')
    expect(findAlignmentAction(key('я', { code: 'KeyZ', ctrlKey: true }))).toBe('undo')
    expect(findAlignmentAction(key('Я', { code: 'KeyZ', ctrlKey: true, shiftKey: true }))).toBe('redo')
    expect(findAlignmentAction(key('о', { code: 'KeyJ', ctrlKey: true }))).toBe('joinSegments')
    expect(findAlignmentAction(key('с', { code: 'KeyC', ctrlKey: true }))).toBeNull()
    expect(findAlignmentAction(key(',', { code: 'Slash', shiftKey: true }))).toBeNull()
  })

  test('leaves keys to a Korean input method while it composes', () => {
    expect(findAlignmentAction(key('ㅊ', { code: 'KeyC', isComposing: true }))).toBeNull()
    expect(findAlignmentAction(key('Process', { code: 'KeyC', keyCode: 229 }))).toBeNull()
    expect(findAlignmentAction(key('Enter', { code: 'Enter', isComposing: true }))).toBeNull()
    expect(findAlignmentAction(key('ㅊ', { code: 'KeyC' }))).toBe('confirmAbove')
  })

  test('uses ⌘ instead of Ctrl on Apple keyboards', () => {
    expect(findAlignmentAction(key('z', { metaKey: true }), true)).toBe('undo')
    expect(findAlignmentAction(key('z', { ctrlKey: true }), true)).toBeNull()
  })

  test('no two actions share a combo', () => {
    const combos = Object.values(ALIGNMENT_KEYMAP).flat()
    expect(new Set(combos).size).toBe(combos.length)
  })
})

describe('formatAlignmentCombo', () => {
  test('writes Mod as Ctrl or ⌘ and arrows as symbols', () => {
    expect(formatAlignmentCombo('Alt+Shift+ArrowUp')).toBe('Alt+Shift+↑')
    expect(formatAlignmentCombo('Mod+Z', true)).toBe('⌘+Z')
  })
})
