import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentStatus } from '@/lib/workbench/segment-states'

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed'
/** A segment as the page sends it (no content when it is empty); html and text are derived in the browser. */
export type InitialSegment = {
  id: string
  content?: RichDoc
  status: SegmentStatus
  version: number
  updatedBy: string | null
}
export type ServerSegment = Omit<InitialSegment, 'content'> & { content: RichDoc; html: string; text: string }
export type SegmentState = ServerSegment & { saveState: SaveState; conflict: ServerSegment | null }
export type WorkbenchRow = {
  linkId: string
  number: number
  type: string
  sourceIds: string[]
  /** The row's source paragraphs, rendered on the server (sanitized: made from the editor's schema) */
  sourceHtml: string
  sourceText: string
  targetIds: string[]
}
export type ReferenceColumn = { lang: string; htmlBySource: Record<string, string> }
