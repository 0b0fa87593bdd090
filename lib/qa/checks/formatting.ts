import type { RichDoc } from '../../richtext/types'
import type { QaIssue, QaRange, QaSegmentInput } from '../types'

type Run = { key: string; range: QaRange }

/**
 * The formatted stretches of a doc in `qaText` offsets: each run of text under one mark (bold, italic…,
 * a link by its address), consecutive text nodes joined.
 */
function markRuns(doc: RichDoc): Run[] {
  const runs: Run[] = []
  const open = new Map<string, Run>()
  let at = 0
  doc.content.forEach((paragraph, index) => {
    if (index > 0) at += 2
    open.clear()
    for (const node of paragraph.content ?? []) {
      if (node.type === 'hardBreak') {
        at += 1
        continue
      }
      const keys = new Set((node.marks ?? []).map((m) => (m.type === 'link' ? `link:${m.attrs.href}` : m.type)))
      for (const key of [...open.keys()]) if (!keys.has(key)) open.delete(key)
      for (const key of keys) {
        const run = open.get(key)
        if (run) run.range.end = at + node.text.length
        else {
          const created = { key, range: { start: at, end: at + node.text.length } }
          runs.push(created)
          open.set(key, created)
        }
      }
      at += node.text.length
    }
  })
  return runs
}

function unmatched(a: Run[], b: Run[]): Run[] {
  const left = new Map<string, number>()
  for (const r of b) left.set(r.key, (left.get(r.key) ?? 0) + 1)
  return a.filter((r) => {
    const count = left.get(r.key) ?? 0
    if (count > 0) left.set(r.key, count - 1)
    return count === 0
  })
}

function params(key: string): Record<string, string> {
  return key.startsWith('link:') ? { mark: 'link', href: key.slice(5) } : { mark: key, href: '' }
}

/**
 * Inline formatting and links of the source missing from the target, and extra ones in the target,
 * counted per kind (bold, italic, underline, superscript, subscript, a link per address). Needs both rich docs.
 */
export function checkFormatting(input: QaSegmentInput): QaIssue[] {
  if (!input.sourceDoc || !input.targetDoc || input.target.trim() === '') return []
  const source = markRuns(input.sourceDoc)
  const target = markRuns(input.targetDoc)
  return [
    ...unmatched(source, target).map((r): QaIssue => ({
      check: 'formatting',
      severity: 'warning',
      messageKey: r.key.startsWith('link:') ? 'linkMissing' : 'markMissing',
      params: params(r.key),
      source: r.range,
    })),
    ...unmatched(target, source).map((r): QaIssue => ({
      check: 'formatting',
      severity: 'warning',
      messageKey: r.key.startsWith('link:') ? 'linkExtra' : 'markExtra',
      params: params(r.key),
      target: r.range,
    })),
  ]
}
