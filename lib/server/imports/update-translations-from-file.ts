import { AppError } from '@/lib/errors'
import {
  planTargetUpdate,
  UnitUpdateError,
  type CurrentSegment,
  type SegmentChange,
} from '@/lib/exchange/plan-target-update'
import type { SegmentStatus } from '@/lib/workbench/segment-states'
import type { ImportedUnit } from '@/lib/formats/imported-unit'
import type { DbOrTx } from '@/lib/db/client'
import { asDoc } from '@/lib/db/rich-json'
import { getSegment, writeSegments } from '@/lib/db/segments'
import type { Actor } from '@/lib/auth/permissions'

export type TranslationUpdateResult = { updated: number; unchanged: number; segments: number }

async function loadLinks(tx: DbOrTx, translationId: string, positionOf: Map<string, number>) {
  const [links, segments] = await Promise.all([
    tx.alignmentLink.findMany({
      where: { translationId },
      orderBy: { position: 'asc' },
      select: { sourceIds: true, targetIds: true },
    }),
    tx.targetSegment.findMany({
      where: { translationId },
      select: { id: true, content: true, status: true, version: true },
    }),
  ])
  const byId = new Map<string, CurrentSegment>(
    segments.map((s) => [
      s.id,
      { id: s.id, content: asDoc(s.content), status: s.status as SegmentStatus, version: s.version },
    ]),
  )
  return links.map((l) => ({
    sources: l.sourceIds.map((id) => positionOf.get(id) ?? -1),
    targets: l.targetIds.flatMap((id) => byId.get(id) ?? []),
  }))
}

/** Saves the planned changes at their versions; a save that came first throws `segment.conflict` with the segment now stored. */
async function writeChanges(tx: DbOrTx, changes: readonly SegmentChange[], actor: Actor) {
  const stale = await writeSegments(tx, changes, actor)
  if (stale !== null) throw new AppError('segment.conflict', { current: await getSegment(tx, stale) })
}

/**
 * Updates the document's translations into `langs` from a file's units: each unit must match an
 * alignment link, changed targets are saved with a new version and a revision. Call it inside one
 * transaction; an unmatched unit throws `import.updateNoMatch` before anything is written.
 */
export async function updateTranslationsFromUnits(
  tx: DbOrTx,
  input: { documentId: string; translations: Array<{ id: string; lang: string }>; units: readonly ImportedUnit[] },
  actor: Actor,
): Promise<TranslationUpdateResult> {
  const paragraphs = await tx.sourceParagraph.findMany({
    where: { documentId: input.documentId },
    orderBy: { position: 'asc' },
    select: { id: true, text: true },
  })
  const positionOf = new Map(paragraphs.map((p, i) => [p.id, i]))
  const texts = paragraphs.map((p) => p.text)
  const result: TranslationUpdateResult = { updated: 0, unchanged: 0, segments: 0 }
  const plans = []
  for (const translation of input.translations) {
    const links = await loadLinks(tx, translation.id, positionOf)
    try {
      plans.push(planTargetUpdate(input.units, links, texts, translation.lang))
    } catch (error) {
      if (!(error instanceof UnitUpdateError)) throw error
      const code = error.reason === 'noMatch' ? 'import.updateNoMatch' : 'import.updateNoSegment'
      throw new AppError(code, { unit: error.unit, text: error.text, lang: translation.lang })
    }
  }
  for (const plan of plans) {
    await writeChanges(tx, plan.changes, actor)
    result.updated += plan.updated
    result.unchanged += plan.unchanged
    result.segments += plan.changes.length
  }
  return result
}
