'use client'
import { useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'
import { trapTab } from './trap-tab'
import { useReturnFocus } from './use-return-focus'

type Props = {
  labelledBy: string
  describedBy?: string
  role?: 'dialog' | 'alertdialog'
  /** Escape and a click on the backdrop; left out while the dialog cannot be closed (busy, a choice to make). */
  onClose?: () => void
  /** False: a click on the backdrop leaves the dialog open (Escape still closes it). */
  closesOnBackdrop?: boolean
  /** The dialog's own keys, before Escape and Tab; `preventDefault` keeps Escape from closing it. */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void
  busy?: boolean
  className?: string
  style?: CSSProperties
  children: ReactNode
}

/**
 * The one modal dialog shell: a backdrop and a focusable box (a click on its text keeps the focus inside,
 * so Escape still closes it), Tab and Shift+Tab cycle within, Escape closes, and the focus goes back to
 * what had it when the dialog opened. The editor's shortcuts leave its keys alone (`data-own-keys`).
 */
export function Modal({ labelledBy, describedBy, role = 'dialog', onClose, closesOnBackdrop = true, ...props }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useReturnFocus()
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    props.onKeyDown?.(event)
    // While Korean is being composed, Escape belongs to the input method.
    if (event.defaultPrevented || event.nativeEvent.isComposing) return
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      return onClose?.()
    }
    trapTab(event, ref.current)
  }
  return (
    <div className="dialog-backdrop" onClick={closesOnBackdrop && onClose ? () => onClose() : undefined}>
      <div
        ref={ref}
        className={props.className ? `dialog ${props.className}` : 'dialog'}
        role={role}
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-busy={props.busy}
        tabIndex={-1}
        data-own-keys
        onClick={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
        style={props.style}
      >
        {props.children}
      </div>
    </div>
  )
}
