'use client'
import type { Editor } from '@tiptap/react'
import { useCallback, useRef, useState } from 'react'
import type { RichDoc } from '@/lib/richtext/types'
import { focusAtEnd } from './segment-editor'

/**
 * The live editor and the segment it edits. Commands (copy the source, take their version) go to it
 * directly and only when it edits that segment, so none outlives its segment or reaches the next one.
 */
export function useLiveEditor() {
  const live = useRef<{ id: string; editor: Editor } | null>(null)
  // The same, as state, for what renders from the live editor (the assist panel under the segment).
  const [current, setCurrent] = useState<{ id: string; editor: Editor } | null>(null)
  const onEditorReady = useCallback((id: string, editor: Editor | null) => {
    if (editor) live.current = { id, editor }
    else if (live.current?.id === id) live.current = null
    setCurrent(live.current)
  }, [])
  const replaceContent = useCallback((id: string, doc: RichDoc | string, emitUpdate: boolean) => {
    const editor = live.current?.id === id ? live.current.editor : null
    if (!editor || editor.isDestroyed) return
    editor.commands.setContent(doc, { emitUpdate })
    focusAtEnd(editor)
  }, [])
  const insertText = useCallback((id: string, text: string) => {
    const editor = live.current?.id === id ? live.current.editor : null
    if (!editor || editor.isDestroyed) return
    editor.chain().focus().insertContent(text).run()
  }, [])
  /** The live editor of segment `id`, or null. */
  const editorOf = useCallback(
    (id: string | undefined) => (current && current.id === id ? current.editor : null),
    [current],
  )
  return { onEditorReady, replaceContent, insertText, editorOf }
}
