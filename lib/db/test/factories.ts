import type { Actor, Role } from '../../auth/permissions'
import { countWords } from '../../richtext/doc-to-text'
import { textToDoc } from '../../richtext/text-to-doc'
import { newId, type LinkRow, type SegmentRow } from '../bulk-insert'
import type { Db } from '../client'
import { createDocument } from '../documents'

let made = 0

/** An English document of plain-text paragraphs with a title no other test uses (tests never share rows, R12). */
export function createTestDocument(db: Db, paragraphs: readonly string[], titlePrefix = 'Test') {
  made += 1
  return createDocument(db, {
    title: `${titlePrefix} ${made} ${Math.random().toString(36).slice(2)}`,
    sourceLang: 'en',
    paragraphs: paragraphs.map(textToDoc),
  })
}

/** A person with a unique email (no password: tests act as them directly or through a token). */
export async function createTestActor(
  db: Db,
  { role = 'admin', langs = [], name }: { role?: Role; langs?: string[]; name?: string } = {},
): Promise<Actor> {
  made += 1
  const email = `${role}-${made}-${Math.random().toString(36).slice(2)}@test.local`
  const user = await db.user.create({ data: { email, name: name ?? `${role} ${made}`, role, langs } })
  return { id: user.id, name: user.name, email, role, langs, via: 'session' }
}

/** A segment row for `insertTranslation` with this text and status. */
export function segmentRow(position: number, text: string, status: SegmentRow['status'] = 'translated'): SegmentRow {
  return {
    id: newId(),
    position,
    content: textToDoc(text),
    text,
    wordCount: countWords(text),
    status,
    version: 1,
    updatedById: null,
  }
}

/** The rows of a translation for `insertTranslation`: one segment a paragraph with `textOf(position)`, linked 1:1. */
export function oneToOneRows(
  paragraphIds: readonly string[],
  textOf: (position: number) => string,
  { status = 'translated', confirmed = false }: { status?: SegmentRow['status']; confirmed?: boolean } = {},
): { segments: SegmentRow[]; links: LinkRow[] } {
  const segments = paragraphIds.map((_, position) => segmentRow(position, textOf(position), status))
  const links = segments.map((segment, position) => ({
    id: newId(),
    position,
    sourceIds: [paragraphIds[position]!],
    targetIds: [segment.id],
    confidence: null,
    confirmed,
  }))
  return { segments, links }
}
