import type { RichDoc, RichInline, RichMark, RichParagraph } from '@/lib/richtext/types'
import type { ProtectedPlaceholder } from './imported-unit'
import { isSameMark, sortMarks } from './tokenize-doc'

/** Builds a rich doc from inline events as an importer reads a segment. */
export type InlineBuilder = {
  text(value: string): void
  hardBreak(): void
  paragraph(): void
  /** Opens a mark under a pairing key (TMX `i`, XLIFF `id`); an unmapped code becomes a placeholder. */
  open(key: string, mark: RichMark | undefined, placeholder: Omit<ProtectedPlaceholder, 'token'>): void
  close(key: string, placeholder: Omit<ProtectedPlaceholder, 'token'>): void
  placeholder(placeholder: Omit<ProtectedPlaceholder, 'token'>): void
  finish(): { content: RichDoc; text: string; placeholders: ProtectedPlaceholder[] }
}

/** The visible token of a protected placeholder. */
export function placeholderToken(p: Omit<ProtectedPlaceholder, 'token'>): string {
  return `⟦${p.original || p.element}⟧`
}

/** Makes an empty builder. */
export function createInlineBuilder(): InlineBuilder {
  const paragraphs: RichParagraph[] = []
  let nodes: RichInline[] = []
  let text = ''
  const active = new Map<string, RichMark>()
  const placeholders: ProtectedPlaceholder[] = []
  const marks = (): RichMark[] => {
    return sortMarks([...active.values()])
  }
  const addText = (value: string, withMarks: boolean) => {
    if (value === '') return
    text += value
    const m = withMarks ? marks() : []
    const prev = nodes[nodes.length - 1]
    if (prev?.type === 'text' && sameMarks(prev.marks ?? [], m)) {
      nodes[nodes.length - 1] = { ...prev, text: prev.text + value }
      return
    }
    nodes.push(m.length > 0 ? { type: 'text', text: value, marks: m } : { type: 'text', text: value })
  }
  const addPlaceholder = (p: Omit<ProtectedPlaceholder, 'token'>) => {
    const token = placeholderToken(p)
    placeholders.push({ ...p, token })
    addText(token, true)
  }
  return {
    text: (value) => addText(value, true),
    hardBreak() {
      text += '\n'
      nodes.push({ type: 'hardBreak' })
    },
    paragraph() {
      paragraphs.push(nodes.length > 0 ? { type: 'paragraph', content: nodes } : { type: 'paragraph' })
      nodes = []
      text += ' '
    },
    open(key, mark, p) {
      if (mark) active.set(key, mark)
      else addPlaceholder(p)
    },
    close(key, p) {
      if (active.has(key)) active.delete(key)
      else addPlaceholder(p)
    },
    placeholder: addPlaceholder,
    finish() {
      paragraphs.push(nodes.length > 0 ? { type: 'paragraph', content: nodes } : { type: 'paragraph' })
      return { content: { type: 'doc', content: paragraphs }, text, placeholders }
    },
  }
}

function sameMarks(a: readonly RichMark[], b: readonly RichMark[]): boolean {
  return a.length === b.length && a.every((m) => b.some((n) => isSameMark(m, n)))
}
