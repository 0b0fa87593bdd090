import type { Editor } from '@tiptap/react'
import type { ComponentType } from 'react'
import type { RichDoc } from '@/lib/richtext/types'

/**
 * What the helpers under the active segment (memory matches, terms, quality warnings) know of it
 * and may do to it. One object, built by the workbench for the active segment only.
 */
export type AssistContext = {
  documentId: string
  sourceLang: string
  lang: string
  segmentId: string
  /** The row's source paragraphs: plain text and sanitized HTML. */
  sourceText: string
  sourceHtml: string
  /** The sources of the rows before and after it (in-context matches), '' at the ends. */
  previousSourceText: string
  nextSourceText: string
  /** The live editor of the segment, once it is ready: read its text, follow its updates. */
  editor: Editor | null
  /** Replaces the whole target (inserting a match); the change is saved like typing. */
  replaceTarget(content: RichDoc | string): void
  /** Inserts text at the cursor (inserting a term). */
  insertText(text: string): void
}

/** One section of the assist panel; sections render nothing when they have nothing to show. */
export type AssistSection = { id: string; Component: ComponentType<{ context: AssistContext }> }
