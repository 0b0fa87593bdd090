import type { RichDoc, RichMark, MarkType } from './types'

/** A flat, properly nested view of a rich doc that every inline serializer walks. */
export type InlineToken =
  | { kind: 'open'; mark: RichMark }
  | { kind: 'close'; mark: RichMark }
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'paragraph' }

// Long-lived marks go outside: a link usually spans bold text, not the other way round.
const MARK_ORDER: Record<MarkType, number> = { link: 0, bold: 1, italic: 2, underline: 3, superscript: 4, subscript: 5 }

/** True when two marks are the same, link target included. */
export function isSameMark(a: RichMark, b: RichMark): boolean {
  if (a.type !== b.type) return false
  return a.type !== 'link' || (b.type === 'link' && a.attrs.href === b.attrs.href)
}

/** Drops repeated mark types and puts marks in the order serializers nest them. */
export function sortMarks(marks: readonly RichMark[] | undefined): RichMark[] {
  if (!marks || marks.length === 0) return []
  const unique: RichMark[] = []
  for (const mark of marks)
    if (MARK_ORDER[mark.type] !== undefined && !unique.some((m) => m.type === mark.type)) unique.push(mark)
  return unique.sort((a, b) => MARK_ORDER[a.type] - MARK_ORDER[b.type])
}

const NO_MARKS: readonly RichMark[] = []

/**
 * Turns a doc into open/close/text/break tokens; paragraphs are separated by a `paragraph` token.
 * With `closeAtBreak`, marks close before each break, as the editor's HTML has them (a break has no marks).
 */
export function tokenizeDoc(doc: RichDoc, { closeAtBreak = false }: { closeAtBreak?: boolean } = {}): InlineToken[] {
  const tokens: InlineToken[] = []
  doc.content.forEach((paragraph, index) => {
    if (index > 0) tokens.push({ kind: 'paragraph' })
    const stack: RichMark[] = []
    for (const node of paragraph.content ?? []) {
      if (node.type === 'hardBreak') {
        if (closeAtBreak) while (stack.length > 0) tokens.push({ kind: 'close', mark: stack.pop()! })
        tokens.push({ kind: 'break' })
        continue
      }
      if (node.text === '') continue
      const wanted = node.marks && node.marks.length > 0 ? sortMarks(node.marks) : NO_MARKS
      let keep = 0
      while (keep < stack.length && keep < wanted.length && isSameMark(stack[keep]!, wanted[keep]!)) keep++
      while (stack.length > keep) tokens.push({ kind: 'close', mark: stack.pop()! })
      for (let k = keep; k < wanted.length; k++) {
        const mark = wanted[k]!
        stack.push(mark)
        tokens.push({ kind: 'open', mark })
      }
      tokens.push({ kind: 'text', text: node.text })
    }
    while (stack.length > 0) tokens.push({ kind: 'close', mark: stack.pop()! })
  })
  return tokens
}
