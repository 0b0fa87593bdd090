import type { ImportSkip } from '../exchange/select-units'
import { insertImportedComments } from './imported-comments'
import { AppError } from '../errors'
import type { ImportPlan } from '../exchange/import-plan'
import { countWords, docToText } from '../richtext/doc-to-text'
import { insertParagraphs, newId } from './bulk-insert'
import type { DbOrTx } from './client'
import { insertTranslation, toLinkRow } from './insert-translation'
import type { Actor } from '../auth/permissions'

// 500 rows a statement, as in every bulk write (docs/decisions/003-streamed-imports.md).
const BATCH = 500

/** `updated` and `unchanged` (units) are set when an import updated existing translations. */
export type ImportResult = {
  documentId: string
  title: string
  languages: string[]
  paragraphs: number
  segments: number
  links: number
  updated?: number
  unchanged?: number
  /** Notes of the file kept as comments on the segments. */
  comments?: number
  /** Notes about the whole file kept in the document's origin. */
  fileNotes?: number
  /** What the file had that the import left out, and why (the first `MAX_SKIPS`). */
  skipped?: ImportSkip[]
  /** How many parts were skipped in all. */
  skippedCount?: number
}

/**
 * Writes an import plan as it is; call it inside one transaction so a failure leaves nothing behind (R5).
 * `writeImportPlan` (lib/server/imports) checks the plan's coverage first.
 */
export async function applyImportPlan(tx: DbOrTx, plan: ImportPlan, actor: Actor): Promise<ImportResult> {
  let documentId: string
  let paragraphIds: string[]
  const existingIds =
    plan.document.kind === 'existing'
      ? (
          await tx.sourceParagraph.findMany({
            where: { documentId: plan.document.id },
            orderBy: { position: 'asc' },
            select: { id: true },
          })
        ).map((p) => p.id)
      : undefined
  if (plan.document.kind === 'new') {
    const created = await tx.document.create({
      data: { title: plan.document.title, sourceLang: plan.document.sourceLang, origin: plan.document.origin },
      select: { id: true },
    })
    documentId = created.id
    const rows = plan.paragraphs.map((content, position) => {
      const text = docToText(content)
      return { id: newId(), position, content, text, wordCount: countWords(text) }
    })
    for (let i = 0; i < rows.length; i += BATCH) await insertParagraphs(tx, documentId, rows.slice(i, i + BATCH))
    paragraphIds = rows.map((row) => row.id)
  } else {
    documentId = plan.document.id
    paragraphIds = existingIds ?? []
  }
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { title: true } })
  if (!document) throw new AppError('document.notFound')
  let segmentCount = 0
  let linkCount = 0
  let commentCount = 0
  for (const planned of plan.translations) {
    const segmentIds = planned.segments.map(() => newId())
    const segments = planned.segments.map((s, i) => ({
      id: segmentIds[i]!,
      position: s.position,
      content: s.content,
      text: s.text,
      wordCount: countWords(s.text),
      status: s.status,
      version: s.version,
      updatedById: s.hasAuthor ? actor.id : null,
      ...(s.createdAt ? { createdAt: s.createdAt } : {}),
      ...(s.updatedAt ? { updatedAt: s.updatedAt } : {}),
    }))
    const segmentIdAt = new Map(planned.segments.map((s, i) => [s.position, segmentIds[i]!]))
    const links = planned.links.map((l) => toLinkRow(l, paragraphIds, segmentIdAt))
    const sentences = planned.links.flatMap((l, k) =>
      (l.sentenceLinks ?? []).map((s, position) => ({
        linkId: links[k]!.id,
        position,
        sourceText: s.sourceText,
        targetText: s.targetText,
        confidence: s.confidence,
        source: s.source.map((o) => ({
          paragraphId: paragraphIds[l.sources[o.index]!] ?? '',
          start: o.start,
          end: o.end,
        })),
        target: s.target.map((o) => ({
          segmentId: segmentIdAt.get(l.targets[o.index]!) ?? '',
          start: o.start,
          end: o.end,
        })),
      })),
    )
    await insertTranslation(tx, { documentId, lang: planned.lang, segments, links, sentences })
    commentCount += await insertImportedComments(
      tx,
      planned.segments.map((s, i) => ({ segmentId: segmentIds[i]!, comments: s.comments ?? [] })),
    )
    segmentCount += planned.segments.length
    linkCount += planned.links.length
  }
  return {
    documentId,
    title: document.title,
    languages: plan.translations.map((t) => t.lang),
    paragraphs: plan.paragraphs.length,
    segments: segmentCount,
    links: linkCount,
    ...(commentCount > 0 ? { comments: commentCount } : {}),
  }
}
