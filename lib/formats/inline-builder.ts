import type { RichDoc, RichInline, RichMark, RichParagraph } from '@/lib/richtext/types'
import type { ProtectedPlaceholder } from './imported-unit'
import { isSameMark, sortMarks } from '@/lib/richtext/tokenize-doc'

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

// A class, not a closure factory: one is made per imported segment, and methods on the
// prototype cost nothing to create.
class DocBuilder implements InlineBuilder {
  private paragraphs: RichParagraph[] = []
  private nodes: RichInline[] = []
  private plain = ''
  private active = new Map<string, RichMark>()
  private placeholders: ProtectedPlaceholder[] = []

  private addText(value: string, withMarks: boolean) {
    if (value === '') return
    this.plain += value
    const m = withMarks && this.active.size > 0 ? sortMarks([...this.active.values()]) : []
    const nodes = this.nodes
    const prev = nodes[nodes.length - 1]
    if (prev?.type === 'text' && sameMarks(prev.marks ?? [], m)) {
      nodes[nodes.length - 1] = { ...prev, text: prev.text + value }
      return
    }
    nodes.push(m.length > 0 ? { type: 'text', text: value, marks: m } : { type: 'text', text: value })
  }

  text(value: string) {
    this.addText(value, true)
  }

  hardBreak() {
    this.plain += '\n'
    this.nodes.push({ type: 'hardBreak' })
  }

  paragraph() {
    this.paragraphs.push(this.nodes.length > 0 ? { type: 'paragraph', content: this.nodes } : { type: 'paragraph' })
    this.nodes = []
    this.plain += ' '
  }

  open(key: string, mark: RichMark | undefined, p: Omit<ProtectedPlaceholder, 'token'>) {
    if (mark) this.active.set(key, mark)
    else this.placeholder(p)
  }

  close(key: string, p: Omit<ProtectedPlaceholder, 'token'>) {
    if (this.active.has(key)) this.active.delete(key)
    else this.placeholder(p)
  }

  placeholder(p: Omit<ProtectedPlaceholder, 'token'>) {
    const token = placeholderToken(p)
    this.placeholders.push({ ...p, token })
    this.addText(token, true)
  }

  finish() {
    this.paragraphs.push(this.nodes.length > 0 ? { type: 'paragraph', content: this.nodes } : { type: 'paragraph' })
    return {
      content: { type: 'doc' as const, content: this.paragraphs },
      text: this.plain,
      placeholders: this.placeholders,
    }
  }
}

/** Makes an empty builder. */
export function createInlineBuilder(): InlineBuilder {
  return new DocBuilder()
}

function sameMarks(a: readonly RichMark[], b: readonly RichMark[]): boolean {
  return a.length === b.length && a.every((m) => b.some((n) => isSameMark(m, n)))
}
