'use client'
import { createContext, useContext } from 'react'
import type { AlignmentView } from '@/lib/server/alignment/alignment-view'
import type { Operation } from './use-alignment'

/**
 * What a link's sentence editor needs from the alignment view, handed down without threading props
 * through the list: the same `run` (so the same version and undo stack), the view's version (the
 * pairs are read again after every operation, undo included), and which link is being edited.
 */
export type SentenceEditing = {
  run: (operation: Operation) => Promise<AlignmentView | null>
  version: number
  busy: boolean
  isApple: boolean
  /** The link whose sentence pairs have the keyboard, if any. */
  editing: string | null
  /** Gives the keyboard to a link's sentence pairs. */
  onEnter: (linkId: string) => void
  /** Hands the keyboard back to the links; `close` also folds the pairs away. */
  onLeave: (linkId: string, close: boolean) => void
}

export const SentenceEditingContext = createContext<SentenceEditing | null>(null)

export const useSentenceEditing = () => useContext(SentenceEditingContext)
