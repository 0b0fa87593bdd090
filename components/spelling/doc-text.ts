import type { Node as PmNode } from '@tiptap/pm/model'

/** A document's plain text (blocks joined by a line break) and where each of its characters is in the document. */
export type DocText = { text: string; positionAt(offset: number): number }

/**
 * The plain text the spelling check reads, and the way back from its offsets to document positions:
 * text nodes as they are, a line break between blocks and for a hard break.
 */
export function docText(doc: PmNode): DocText {
  let text = ''
  const starts: Array<{ offset: number; pos: number }> = []
  doc.descendants((node, pos) => {
    if (node.isText) {
      starts.push({ offset: text.length, pos })
      text += node.text ?? ''
    } else if (node.isBlock && text.length > 0 && node.isTextblock) {
      text += '\n'
    } else if (node.isInline && node.isLeaf) {
      text += '\n'
    }
    return true
  })
  return {
    text,
    positionAt(offset) {
      let found = starts[0]
      for (const start of starts) {
        if (start.offset > offset) break
        found = start
      }
      return found ? found.pos + (offset - found.offset) : 0
    },
  }
}
