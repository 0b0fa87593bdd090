import type { Editor } from '@tiptap/react'

/** Toolbar state as booleans, so the toolbar re-renders only when one of them changes (R14). */
export function selectToolbarState({ editor }: { editor: Editor }) {
  return {
    isBold: editor.isActive('bold'),
    isItalic: editor.isActive('italic'),
    isUnderline: editor.isActive('underline'),
    isLink: editor.isActive('link'),
    isSuperscript: editor.isActive('superscript'),
    isSubscript: editor.isActive('subscript'),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  }
}
