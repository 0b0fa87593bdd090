import { AppError } from '../errors'
import { findPlanCoverageProblem, type ImportPlan } from '../exchange/import-plan'
import { countWords, docToText } from '../richtext/doc-to-text'
import type { DbOrTx } from './client'
import type { ActingUser } from './users'

const BATCH = 2000

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH))
  return out
}

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
}

/** Writes an import plan; call it inside one transaction so a failure leaves nothing behind (R5). */
export async function applyImportPlan(tx: DbOrTx, plan: ImportPlan, actor: ActingUser): Promise<ImportResult> {
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
  // Alignment operations need every paragraph and segment covered once, in order: refuse before writing.
  for (const planned of plan.translations) {
    const problem = findPlanCoverageProblem(planned, existingIds?.length ?? plan.paragraphs.length)
    if (problem) throw new AppError('import.incompleteAlignment', { lang: planned.lang, problem })
  }
  if (plan.document.kind === 'new') {
    const created = await tx.document.create({
      data: { title: plan.document.title, sourceLang: plan.document.sourceLang, origin: plan.document.origin },
      select: { id: true },
    })
    documentId = created.id
    paragraphIds = []
    for (const [b, rows] of batches(plan.paragraphs).entries()) {
      const made = await tx.sourceParagraph.createManyAndReturn({
        data: rows.map((content, i) => {
          const text = docToText(content)
          return { documentId, position: b * BATCH + i, content, text, wordCount: countWords(text) }
        }),
        select: { id: true, position: true },
      })
      for (const p of made) paragraphIds[p.position] = p.id
    }
  } else {
    documentId = plan.document.id
    paragraphIds = existingIds ?? []
  }
  const document = await tx.document.findUnique({
    where: { id: documentId },
    select: { title: true, sourceLang: true, translations: { select: { lang: true } } },
  })
  if (!document) throw new AppError('document.notFound')
  const taken = new Set(document.translations.map((t) => t.lang.toLowerCase()))
  let segmentCount = 0
  let linkCount = 0
  for (const planned of plan.translations) {
    if (planned.lang.toLowerCase() === document.sourceLang.toLowerCase()) throw new AppError('translation.sameAsSource')
    if (taken.has(planned.lang.toLowerCase())) throw new AppError('translation.exists', { lang: planned.lang })
    taken.add(planned.lang.toLowerCase())
    const translation = await tx.translation.create({ data: { documentId, lang: planned.lang }, select: { id: true } })
    const segmentIds: string[] = []
    const segmentIndex = new Map(planned.segments.map((s, i) => [s.position, i]))
    for (const rows of batches(planned.segments)) {
      const made = await tx.targetSegment.createManyAndReturn({
        data: rows.map((s) => ({
          translationId: translation.id,
          position: s.position,
          content: s.content,
          text: s.text,
          wordCount: countWords(s.text),
          status: s.status,
          version: s.version,
          updatedById: s.hasAuthor ? actor.id : null,
          ...(s.createdAt ? { createdAt: s.createdAt } : {}),
          ...(s.updatedAt ? { updatedAt: s.updatedAt } : {}),
        })),
        select: { id: true, position: true },
      })
      for (const row of made) segmentIds[segmentIndex.get(row.position)!] = row.id
    }
    for (const rows of batches(planned.links)) {
      const made = await tx.alignmentLink.createManyAndReturn({
        data: rows.map((l) => ({
          translationId: translation.id,
          position: l.position,
          origin: 'init',
          confidence: l.confidence,
          confirmed: l.confirmed,
          sourceIds: l.sources.map((p) => paragraphIds[p] ?? ''),
          targetIds: l.targets.map((s) => segmentIds[s] ?? ''),
        })),
        select: { id: true, position: true },
      })
      const linkIdAt = new Map(made.map((m) => [m.position, m.id]))
      const sentenceRows = rows.flatMap((l) =>
        (l.sentenceLinks ?? []).map((s, position) => ({
          linkId: linkIdAt.get(l.position) ?? '',
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
            segmentId: segmentIds[l.targets[o.index]!] ?? '',
            start: o.start,
            end: o.end,
          })),
        })),
      )
      if (sentenceRows.length > 0) await tx.sentenceLink.createMany({ data: sentenceRows })
    }
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
  }
}
