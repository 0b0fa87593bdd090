export type LinkOrigin = 'init' | 'auto' | 'manual'
export type Side = 'source' | 'target'

/** One paragraph-level link: contiguous runs of source paragraph ids and target segment ids. */
export type OpLink = {
  id: string
  sources: string[]
  targets: string[]
  /** The aligner's confidence; null once a person has changed the link. */
  confidence: number | null
  confirmed: boolean
  origin: LinkOrigin
}

/** The links that replaced `before` at index `start`; enough to undo and redo an operation. */
export type LinkPatch = { start: number; before: OpLink[]; after: OpLink[] }

/** Makes ids for links an operation creates (passed in so the library stays deterministic). */
export type NewId = () => string
