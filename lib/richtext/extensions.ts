import StarterKit from '@tiptap/starter-kit'
import Subscript from '@tiptap/extension-subscript'
import Superscript from '@tiptap/extension-superscript'

/** The one extension list: the editor, imports/exports and tests all use this schema. */
export const EXTENSIONS = [
  StarterKit.configure({
    blockquote: false,
    bulletList: false,
    orderedList: false,
    listItem: false,
    listKeymap: false,
    codeBlock: false,
    code: false,
    strike: false,
    heading: false,
    horizontalRule: false,
    trailingNode: false,
    link: { openOnClick: false, autolink: false, linkOnPaste: true, protocols: ['http', 'https', 'mailto'] },
  }),
  Superscript,
  Subscript,
]
