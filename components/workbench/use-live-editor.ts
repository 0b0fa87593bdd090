'use client'
import type { Editor } from '@tiptap/react'
import { useCallback, useRef } from 'react'
import type { RichDoc } from '@/lib/richtext/types'
import { focusAtEnd } from './segment-editor'

/**
 * The live editor and the segment it edits. Commands (copy the source, take their version) go to it
 * directly and only when it edits that segment, so none outlives its segment or reaches the next one.
 */
export function useLiveEditor() {
  const live = useRef<{ id: string; editor: Editor } | null>(null)
  const onEditorReady = useCallback((id: string, editor: Editor | null) => {
    if (editor) live.current = { id, editor }
    else if (live.current?.id === id) live.current = null
  }, [])
  const replaceContent = useCallback((id: string, doc: RichDoc | string, emitUpdate: boolean) => {
    const editor = live.current?.id === id ? live.current.editor : null
    if (!editor || editor.isDestroyed) return
    editor.commands.setContent(doc, { emitUpdate })
    focusAtEnd(editor)
  }, [])
  return { onEditorReady, replaceContent }
}
