import { AppError } from '../errors'
import { slotToLink, type Slot } from '../exchange/unit-slots'
import { insertImportedComments } from './imported-comments'
import type { PlannedLink, PlannedSegment } from '../exchange/import-plan'
import { countWords, docToText } from '../richtext/doc-to-text'
import type { RichDoc } from '../richtext/types'
import type { ImportResult } from './apply-import-plan'
import { insertParagraphs, newId } from './bulk-insert'
import type { DbOrTx } from './client'
import { createTranslationRow, insertTranslationRows, toLinkRow } from './insert-translation'
import type { Actor } from '../auth/permissions'

// Prisma's driver adapter keeps the arguments of its last 100 queries for error reports, so the
// batch size bounds the memory an import holds: 100 batches of 500 rows.
const BATCH = 500

export type SlotImport = {
  document:
    | { kind: 'new'; title: string; sourceLang: string; origin: Record<string, string> }
    | { kind: 'existing'; id: string }
  langs: string[]
  /** Notes about the whole file, added to the document's origin (`origin.notes`). */
  fileNotes?: string[]
  /** Reads the slots from the start; called once for the paragraphs and once per language. */
  slots: () => AsyncIterable<Slot>
}

async function writeParagraphs(
  tx: DbOrTx,
  documentId: string,
  rows: Array<{ position: number; content: RichDoc }>,
  ids: string[],
) {
  const data = rows.map(({ position, content }) => {
    const text = docToText(content)
    return { id: newId(), position, content, text, wordCount: countWords(text) }
  })
  await insertParagraphs(tx, documentId, data)
  for (const p of data) ids[p.position] = p.id
}

type Made = { segment: PlannedSegment; link: PlannedLink }

async function writeLinks(tx: DbOrTx, translationId: string, batch: Made[], paragraphIds: string[], actor: Actor) {
  const segmentId = new Map<number, string>()
  const segments = batch.map(({ segment: s }) => {
    const id = newId()
    segmentId.set(s.position, id)
    return { ...s, id, wordCount: countWords(s.text), updatedById: s.hasAuthor ? actor.id : null }
  })
  await insertTranslationRows(tx, translationId, {
    segments,
    links: batch.map(({ link }) => toLinkRow(link, paragraphIds, segmentId)),
  })
  return insertImportedComments(
    tx,
    batch.map(({ segment }) => ({ segmentId: segmentId.get(segment.position)!, comments: segment.comments ?? [] })),
  )
}

/**
 * Writes streamed slots in batches of 500 rows: the paragraphs of a new document, then one
 * pass per language. Call it inside one transaction; memory stays flat apart from the ids.
 */
export async function applySlotStream(tx: DbOrTx, input: SlotImport, actor: Actor): Promise<ImportResult> {
  const paragraphIds: string[] = []
  let documentId: string
  let paragraphs = 0
  if (input.document.kind === 'new') {
    documentId = (
      await tx.document.create({
        data: { title: input.document.title, sourceLang: input.document.sourceLang, origin: input.document.origin },
        select: { id: true },
      })
    ).id
    let rows: Array<{ position: number; content: RichDoc }> = []
    for await (const slot of input.slots()) {
      if (!slot.source) continue
      rows.push({ position: slot.paragraphs[0]!, content: slot.source })
      paragraphs++
      if (rows.length === BATCH) {
        await writeParagraphs(tx, documentId, rows, paragraphIds)
        rows = []
      }
    }
    if (rows.length > 0) await writeParagraphs(tx, documentId, rows, paragraphIds)
  } else {
    documentId = input.document.id
    const existing = await tx.sourceParagraph.findMany({
      where: { documentId },
      orderBy: { position: 'asc' },
      select: { id: true },
    })
    existing.forEach((p, i) => (paragraphIds[i] = p.id))
  }
  const document = await tx.document.findUnique({ where: { id: documentId }, select: { title: true, origin: true } })
  if (!document) throw new AppError('document.notFound')
  const fileNotes = input.fileNotes ?? []
  if (fileNotes.length > 0) {
    const origin = (document.origin ?? {}) as { notes?: unknown }
    const kept = Array.isArray(origin.notes) ? origin.notes.filter((n): n is string => typeof n === 'string') : []
    await tx.document.update({
      where: { id: documentId },
      data: { origin: { ...(document.origin as object), notes: [...kept, ...fileNotes] } },
    })
  }
  let segments = 0
  let comments = 0
  for (const lang of input.langs) {
    const translation = await createTranslationRow(tx, { documentId, lang })
    let batch: Made[] = []
    let count = 0
    for await (const slot of input.slots()) {
      const made = slotToLink(slot, lang, { segment: count, link: count })
      if (!made) continue
      batch.push(made)
      count++
      if (batch.length === BATCH) {
        comments += await writeLinks(tx, translation.id, batch, paragraphIds, actor)
        batch = []
      }
    }
    if (batch.length > 0) comments += await writeLinks(tx, translation.id, batch, paragraphIds, actor)
    segments += count
  }
  return {
    documentId,
    title: document.title,
    languages: input.langs,
    paragraphs,
    segments,
    links: segments,
    ...(comments > 0 ? { comments } : {}),
    ...(fileNotes.length > 0 ? { fileNotes: fileNotes.length } : {}),
  }
}
