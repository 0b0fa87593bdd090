'use client'
import { useEffect, useState } from 'react'

/**
 * Gives the focus back, when a dialog or panel closes, to what had it when the dialog opened (the segment
 * editor, a button), not to the page. What had the focus is taken in the first render, before the
 * dialog's own autofocus moves it. It is given back only while nothing else has it (the closed dialog
 * took it with it): a panel closed after the person moved on leaves the focus where they went.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement))
  useEffect(
    () => () => {
      const here = document.activeElement
      const isLost = here === null || here === document.body
      if (isLost && opener instanceof HTMLElement && opener.isConnected) opener.focus()
    },
    [opener],
  )
}
