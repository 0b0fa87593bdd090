'use client'
import { Selection } from '@tiptap/pm/state'
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react'
import { useLayoutEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { SpellingDecorations } from '@/components/spelling/spelling-decorations'
import { EXTENSIONS } from '@/lib/richtext/extensions'
import type { RichDoc } from '@/lib/richtext/types'
import { selectToolbarState } from './toolbar-state'

// The shared list (R14) plus what only the live editor shows: spelling underlines.
const EDITOR_EXTENSIONS = [...EXTENSIONS, SpellingDecorations]

function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const state = useEditorState({ editor, selector: selectToolbarState })
  const chain = () => editor.chain().focus()
  const toggleLink = () => {
    if (state.isLink) return chain().unsetLink().run()
    const href = window.prompt(t('workbench.toolbar.linkPrompt'), 'https://')
    if (href) chain().extendMarkRange('link').setLink({ href }).run()
  }
  const buttons = [
    {
      label: t('workbench.toolbar.bold'),
      text: 'B',
      pressed: state.isBold,
      run: () => chain().toggleBold().run(),
      style: { fontWeight: 700 },
    },
    {
      label: t('workbench.toolbar.italic'),
      text: 'I',
      pressed: state.isItalic,
      run: () => chain().toggleItalic().run(),
      style: { fontStyle: 'italic' },
    },
    {
      label: t('workbench.toolbar.underline'),
      text: 'U',
      pressed: state.isUnderline,
      run: () => chain().toggleUnderline().run(),
      style: { textDecoration: 'underline' },
    },
    { label: t('workbench.toolbar.link'), text: 'URL', pressed: state.isLink, run: toggleLink },
    {
      label: t('workbench.toolbar.superscript'),
      text: 'x²',
      pressed: state.isSuperscript,
      run: () => chain().toggleSuperscript().run(),
    },
    {
      label: t('workbench.toolbar.subscript'),
      text: 'x₂',
      pressed: state.isSubscript,
      run: () => chain().toggleSubscript().run(),
    },
  ] as const
  return (
    <div className="toolbar" role="toolbar" aria-label={t('workbench.toolbar.label')}>
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          title={b.label}
          aria-label={b.label}
          aria-pressed={b.pressed}
          onMouseDown={(e) => e.preventDefault()}
          onClick={b.run}
          style={'style' in b ? b.style : undefined}
        >
          {b.text}
        </button>
      ))}
      <button
        type="button"
        title={t('workbench.toolbar.undo')}
        aria-label={t('workbench.toolbar.undo')}
        disabled={!state.canUndo}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => chain().undo().run()}
      >
        ↶
      </button>
      <button
        type="button"
        title={t('workbench.toolbar.redo')}
        aria-label={t('workbench.toolbar.redo')}
        disabled={!state.canRedo}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => chain().redo().run()}
      >
        ↷
      </button>
    </div>
  )
}

/**
 * The one live Tiptap editor, mounted only on the active segment (R14). It hands its editor to
 * `onReady` while mounted, so commands (copy the source, take their version) reach this segment's
 * editor and no other: nothing pending is left over for the next segment to pick up.
 */
export function SegmentEditor({
  id,
  index,
  content,
  label,
  lang,
  dir,
  onChange,
  onBlur,
  onReady,
}: {
  id: string
  /** Its place among the row's target segments */
  index: number
  content: RichDoc
  label: string
  lang: string
  dir: 'ltr' | 'rtl'
  onChange: (doc: RichDoc) => void
  onBlur: () => void
  onReady: (id: string, editor: Editor | null) => void
}) {
  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    content,
    // Only ever mounted in the browser, after a click or a key: rendering at once keeps the first keystrokes.
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', lang, dir, spellcheck: 'true' },
    },
    // The editor's schema already guarantees the shape; the server validates and sanitizes on save.
    onUpdate: ({ editor: e }) => onChange(e.getJSON() as RichDoc),
    onBlur,
  })
  // Focus now, before the browser handles the next key: Tiptap's `focus()` waits for the next frame,
  // and keys sent faster than that (a text expander, a fast typist after Ctrl+Enter) would be lost.
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed) return
    focusAtEnd(editor)
    onReady(id, editor)
    return () => onReady(id, null)
  }, [editor, id, onReady])
  if (!editor) return null
  return (
    <div data-target={index}>
      <Toolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  )
}

/** Puts the caret at the end of the editor and focuses it at once (not on the next frame). */
export function focusAtEnd(editor: Editor) {
  const { state, view } = editor
  view.dispatch(state.tr.setSelection(Selection.atEnd(state.doc)).setMeta('addToHistory', false))
  view.focus()
}
