import type { RichDoc } from '../richtext/types'

/** Where a unit of the memory came from. */
export const TM_STATUSES = ['translated', 'approved', 'aligned', 'imported'] as const
export type TmStatus = (typeof TM_STATUSES)[number]

/** A unit to store in the memory of one language pair. */
export type TmUnitInput = {
  srcLang: string
  tgtLang: string
  source: string
  target: string
  sourceContent?: RichDoc | null
  targetContent?: RichDoc | null
  /** The plain sources before and after the unit where it was translated, when known. */
  previousSource?: string
  nextSource?: string
  /** A document id, or a file name for imported TMX. */
  origin: string
  documentId?: string | null
  /** The target segment saved as this unit; lookups for that segment leave it out. */
  segmentId?: string | null
  originLabel?: string
  author?: string | null
  status: TmStatus
  updatedAt: Date
  /**
   * The unit came without a time (a TMX unit with no `changedate` or `creationdate`): `updatedAt` is the
   * writer's clock, so a unit the memory holds with everything else the same is left as it is.
   */
  isUndated?: boolean
}

/** A stored unit as lookups return it. */
export type TmUnit = {
  id: string
  source: string
  target: string
  sourceContent: RichDoc | null
  targetContent: RichDoc | null
  prevSource: string
  nextSource: string
  origin: string
  documentId: string | null
  segmentId: string | null
  originLabel: string
  author: string | null
  status: string
  updatedAt: Date
}
