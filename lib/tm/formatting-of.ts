import type { RichDoc } from '../richtext/types'

/** The formatting of a rich text as comparable strings: each marked run as `marks:text`, in order. */
export function formattingOf(doc: RichDoc): string[] {
  const runs: string[] = []
  for (const paragraph of doc.content) {
    for (const node of paragraph.content ?? []) {
      if (node.type !== 'text' || !node.marks?.length) continue
      const marks = node.marks.map((m) => (m.type === 'link' ? `link=${m.attrs.href}` : m.type)).sort()
      runs.push(`${marks.join('+')}:${node.text}`)
    }
  }
  return runs
}
