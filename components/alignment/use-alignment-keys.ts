'use client'
import { useEffect, useRef } from 'react'
import { findAlignmentAction, type AlignmentAction } from '@/lib/alignment-ops/alignment-keymap'

/** Routes the alignment shortcuts from anywhere on the page, except dialogs, fields (but F1) and focused buttons. */
export function useAlignmentKeys(options: {
  isApple: boolean
  isReviewing: boolean
  onAction: (action: AlignmentAction) => void
  onLeaveReview: () => void
}) {
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  const { isApple } = options
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      if (target?.closest('[role="dialog"], [role="menu"]')) return
      // F1 opens the help from a field too (the interface language menu): no field has a use for it.
      if (target?.closest('input, textarea, select') && event.key !== 'F1') return
      if (event.key === 'Escape' && latest.current.isReviewing) {
        event.preventDefault()
        return latest.current.onLeaveReview()
      }
      const action = findAlignmentAction(event, isApple)
      // Enter and Space keep their usual meaning on links and buttons that have the focus.
      if (!action || ((event.key === 'Enter' || event.key === ' ') && target?.closest('a, button'))) return
      event.preventDefault()
      latest.current.onAction(action)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [isApple])
}
