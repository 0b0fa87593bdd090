'use client'
import type { Editor } from '@tiptap/react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '@/lib/api/client'
import type { Misspelling } from '@/lib/spelling/types'
import { docText } from './doc-text'
import { setSpellingRanges } from './spelling-decorations'

/** A misspelling with its place in the editor's document. */
export type PlacedMisspelling = Misspelling & { from: number; to: number }
export type SpellingState = { dictionary: boolean; misspellings: PlacedMisspelling[] } | null

/** Quiet time after the last keystroke before the text is checked. */
const DEBOUNCE_MS = 400

/**
 * Checks the editor's text as the person types (debounced, `POST /api/spelling/check`), underlines the
 * misspellings in the editor and returns them with their document positions. `recheck` runs at once.
 */
export function useSpelling(editor: Editor | null, lang: string): { state: SpellingState; recheck: () => void } {
  const [state, setState] = useState<SpellingState>(null)
  const request = useRef(0)

  const recheck = useCallback(() => {
    if (!editor || editor.isDestroyed) return
    const asked = ++request.current
    const { text, positionAt } = docText(editor.state.doc)
    const doc = editor.state.doc
    void api.checkSpelling(lang, text).then((answer) => {
      const result = answer.ok ? answer.data : null
      // A newer check is on its way, the editor is gone, or the text changed meanwhile: this answer is stale.
      if (!result || asked !== request.current || editor.isDestroyed || editor.state.doc !== doc) return
      const misspellings = result.misspellings.map((m) => ({ ...m, from: positionAt(m.start), to: positionAt(m.end) }))
      editor.view.dispatch(setSpellingRanges(editor.state.tr, misspellings))
      setState({ dictionary: result.dictionary, misspellings })
    })
  }, [editor, lang])

  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const onUpdate = ({ transaction }: { transaction: { docChanged: boolean } }) => {
      if (!transaction.docChanged) return
      clearTimeout(timer)
      timer = setTimeout(recheck, DEBOUNCE_MS)
    }
    recheck()
    editor.on('transaction', onUpdate)
    return () => {
      clearTimeout(timer)
      editor.off('transaction', onUpdate)
    }
  }, [editor, recheck])

  return { state, recheck }
}
