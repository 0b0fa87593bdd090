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
