'use client'
import { useEffect, useRef, type RefObject } from 'react'
import { findAction } from '@/lib/workbench/keymap'

/**
 * The editor's keys pressed outside it: on the page body (before anything has focus, just after the page
 * loads) every shortcut; from the top bar (the interface language menu, its links) only F1, so the menu
 * keeps its own keys.
 */
export function usePageKeys(editor: RefObject<HTMLElement | null>, onKeyDown: (event: KeyboardEvent) => void): void {
  const latest = useRef(onKeyDown)
  useEffect(() => {
    latest.current = onKeyDown
  })
  useEffect(() => {
    const onPageKey = (event: KeyboardEvent) => {
      const target = event.target
      if (target === document.body) return latest.current(event)
      const isOutside = target instanceof Node && !editor.current?.contains(target)
      if (isOutside && findAction(event) === 'help') latest.current(event)
    }
    window.addEventListener('keydown', onPageKey)
    return () => window.removeEventListener('keydown', onPageKey)
  }, [editor])
}
