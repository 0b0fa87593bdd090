import type { RichDoc } from '@/lib/richtext/types'
import type { SegmentStatus } from '@/lib/workbench/segment-states'

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed'
export type ServerSegment = { id: string; content: RichDoc; html: string; text: string; status: SegmentStatus; version: number; updatedBy: string | null }
export type SegmentState = ServerSegment & { saveState: SaveState; conflict: ServerSegment | null }
export type WorkbenchRow = {
  linkId: string
  number: number
  type: string
  sourceIds: string[]
  sourceHtml: string
  sourceText: string
  targetIds: string[]
}
export type ReferenceColumn = { lang: string; htmlBySource: Record<string, string> }
