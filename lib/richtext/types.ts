/** Marks the editor allows; anything else is dropped on the way in. */
export type RichMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'underline' }
  | { type: 'superscript' }
  | { type: 'subscript' }
  | { type: 'link'; attrs: { href: string } }

export type RichText = { type: 'text'; text: string; marks?: RichMark[] }
export type RichHardBreak = { type: 'hardBreak' }
export type RichInline = RichText | RichHardBreak
export type RichParagraph = { type: 'paragraph'; content?: RichInline[] }

/** A segment's rich content: Tiptap/ProseMirror JSON restricted to the editor's schema. */
export type RichDoc = { type: 'doc'; content: RichParagraph[] }

export const MARK_TYPES = ['bold', 'italic', 'underline', 'superscript', 'subscript', 'link'] as const
export type MarkType = (typeof MARK_TYPES)[number]
