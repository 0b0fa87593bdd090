import type { DbOrTx } from '../../db/client'
import { getDocumentMeta } from '../../db/documents'
import { yieldToEventLoop } from '../../db/raw-sql'
import { listTranslationQaIgnores } from '../../db/qa-ignores'
import { getTranslation } from '../../db/translations'
import { AppError } from '../../errors'
import { qaInput } from '../../qa/qa-input'
import { qaText } from '../../qa/qa-text'
import { compareIssues, runDocumentChecks, runSegmentChecks } from '../../qa/registry'
import type { QaDocumentSegment, QaIssue, QaSegmentInput } from '../../qa/types'
import { joinDocs } from '../../richtext/join-docs'
import { findTerms } from '../../glossary/find-terms'
import { loadGlossaryIndex } from '../glossary/find-glossary-matches'
import { checkSpellingOfTexts } from '../spelling/check-text-spelling'

// Rows checked between two turns of the event loop: about 10-30 ms of checks on a loaded machine.
const ROWS_PER_TURN = 200

/** One finding of the report: the segment it belongs to and where that is, and whether someone ignored it. */
export type TranslationQaIssue = QaIssue & {
  segmentId: string
  /** The editor row (1-based, in document order). */
  row: number
  ignored: { reason: string; by: string | null; at: Date } | null
}

export type TranslationQa = {
  issues: TranslationQaIssue[]
  counts: { error: number; warning: number; info: number; ignored: number }
}

/** The target segment of a row that holds a target offset (segments joined by a blank line, as `qaText` joins paragraphs). */
function segmentAt(targets: Array<{ id: string; length: number }>, offset: number | undefined): string {
  let start = 0
  for (const t of targets) {
    if (offset === undefined || offset < start + t.length + 2) return t.id
    start += t.length + 2
  }
  return targets[targets.length - 1]!.id
}

/**
 * Runs every check on a translation: each row's source against its targets (several targets of a row
 * joined; a finding goes to the segment its target offset falls in, else the first), rows not yet
 * translated left out, then the document checks. An ignore holds while its segment's text is the one it
 * was ignored on. Throws `translation.notFound`.
 */
export async function getTranslationQa(
  db: DbOrTx,
  { documentId, lang }: { documentId: string; lang: string },
): Promise<TranslationQa> {
  const sourceLang = (await getDocumentMeta(db, documentId))?.sourceLang
  const translation = sourceLang ? await getTranslation(db, { documentId, lang, withHtml: false }) : null
  if (!sourceLang || !translation) throw new AppError('translation.notFound', { lang })
  const langs = { sourceLang, targetLang: translation.lang }
  // The glossary's terms, read once for the whole report (none: no finding).
  const terms = await loadGlossaryIndex(db, { srcLang: sourceLang, tgtLang: translation.lang })
  const rows: Array<{ row: (typeof translation.rows)[number]; index: number; plain: QaSegmentInput }> = []
  for (const [index, row] of translation.rows.entries()) {
    if (index > 0 && index % ROWS_PER_TURN === 0) await yieldToEventLoop()
    if (row.sources.length === 0 || row.targets.every((t) => t.status === 'empty')) continue
    const plain = qaInput(
      joinDocs(row.sources.map((s) => s.content)),
      joinDocs(row.targets.map((t) => t.content)),
      langs,
    )
    rows.push({ row, index, plain })
  }
  // Every row's target in one task of the spelling worker: the dictionary is used where it was loaded.
  const misspellings = await checkSpellingOfTexts(db, {
    lang: translation.lang,
    texts: rows.map((r) => r.plain.target),
    suggestFor: 3,
  })
  const found: Array<{ segmentId: string; row: number; issue: QaIssue }> = []
  const joined: QaDocumentSegment[] = []
  const rowOf = new Map<string, number>()
  const textOf = new Map<string, string>()
  for (const row of translation.rows) for (const t of row.targets) textOf.set(t.id, qaText(t.content))
  for (const [k, { row, index, plain }] of rows.entries()) {
    // The checks take tens of microseconds a row; other requests get the thread between slices of rows.
    if (k > 0 && k % ROWS_PER_TURN === 0) await yieldToEventLoop()
    const input = { ...plain, terms: findTerms(plain.source, terms), misspellings: misspellings?.[k] ?? [] }
    const targets = row.targets.map((t) => ({ id: t.id, length: textOf.get(t.id)!.length }))
    for (const t of row.targets) rowOf.set(t.id, index + 1)
    for (const issue of runSegmentChecks(input))
      found.push({ segmentId: segmentAt(targets, issue.target?.start), row: index + 1, issue })
    joined.push({ segmentId: row.targets[0]!.id, source: input.source, target: input.target })
  }
  await yieldToEventLoop()
  for (const { segmentId, issue } of runDocumentChecks(joined))
    found.push({ segmentId, row: rowOf.get(segmentId) ?? 0, issue })

  const ignores = new Map(
    (await listTranslationQaIgnores(db, translation.id))
      .filter((i) => textOf.get(i.segmentId) === i.targetText)
      .map((i) => [`${i.segmentId}\u0000${i.check}`, i]),
  )
  const counts = { error: 0, warning: 0, info: 0, ignored: 0 }
  const issues = found
    .sort((a, b) => a.row - b.row || compareIssues(a.issue, b.issue))
    .map(({ segmentId, row, issue }): TranslationQaIssue => {
      const ignore = ignores.get(`${segmentId}\u0000${issue.check}`)
      if (ignore) counts.ignored++
      else counts[issue.severity]++
      return {
        ...issue,
        segmentId,
        row,
        ignored: ignore ? { reason: ignore.reason, by: ignore.by, at: ignore.createdAt } : null,
      }
    })
  return { issues, counts }
}
