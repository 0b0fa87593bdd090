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
/** A segment pre-translated from the memory, marked in the editor while its version is the one the pre-translation wrote. */
export type PretranslatedMark = { kind: 'exact' | 'context'; originLabel: string; version: number }
export type ReferenceColumn = { lang: string; htmlBySource: Record<string, string> }
