import type { Editor } from '@tiptap/react'
import { qaInput } from '@/lib/qa/qa-input'
import { qaText } from '@/lib/qa/qa-text'
import { runSegmentChecks } from '@/lib/qa/registry'
import type { QaIssue, QaTerm } from '@/lib/qa/types'
import { htmlToDoc } from '@/lib/richtext/html-to-docs'
import type { RichDoc } from '@/lib/richtext/types'
import type { QaIgnore } from '@/lib/api/client'

export type LiveIssue = QaIssue & { ignored: QaIgnore | null }
export type LiveCheckInput = {
  sourceHtml: string
  sourceLang: string
  lang: string
  editor: Editor | null
  /** The glossary terms found in the source (the assist panel's terms): "term not used", "forbidden variant". */
  terms?: QaTerm[]
}

/** The segment checks on the live editor's text against the row's source, each marked with its ignore when one holds for this text. */
export function liveIssues(input: LiveCheckInput, ignores: readonly QaIgnore[]): { issues: LiveIssue[]; text: string } {
  if (!input.editor || input.editor.isDestroyed) return { issues: [], text: '' }
  const target = input.editor.getJSON() as RichDoc
  const text = qaText(target)
  const checked = runSegmentChecks(
    qaInput(
      htmlToDoc(input.sourceHtml),
      target,
      { sourceLang: input.sourceLang, targetLang: input.lang },
      input.terms ? { terms: input.terms } : {},
    ),
  )
  return {
    text,
    issues: checked.map((issue) => ({
      ...issue,
      ignored: ignores.find((i) => i.check === issue.check && i.targetText === text) ?? null,
    })),
  }
}
