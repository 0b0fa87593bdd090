import { notFound } from 'next/navigation'
import { DocumentView } from '@/components/documents/document-view'
import { can } from '@/lib/auth/permissions'
import { db } from '@/lib/db/db'
import { getDocument } from '@/lib/db/documents'
import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { getDocumentPeople } from '@/lib/server/people/document-people'

export const dynamic = 'force-dynamic'

/** The page previews the source: the editor shows every paragraph (virtualized), this page the first ones. */
const PARAGRAPH_PREVIEW = 200

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const actor = await requirePageActor(pagePaths.document(id))
  const document = await getDocument(db, id, { paragraphLimit: PARAGRAPH_PREVIEW })
  if (!document) notFound()
  const paragraphs = document.paragraphs.map(({ id: pid, position, html }) => ({ id: pid, position, html }))
  const langs = document.translations.map((tr) => tr.lang)
  const people = await getDocumentPeople(db, { documentId: id, langs }, actor)
  const activity = people.activity.map((item) => ({ ...item, at: item.at.toISOString() }))
  // What this person may do here: the page offers only those buttons (the routes check again).
  const may = {
    deleteDocument: can(actor, 'documents.delete'),
    addLanguage: can(actor, 'translations.manage'),
    deleteLangs: langs.filter((lang) => can(actor, 'translations.delete', lang)),
    editLangs: langs.filter((lang) => can(actor, 'segments.edit', lang)),
  }
  return <DocumentView document={{ ...document, paragraphs }} people={{ ...people, activity }} may={may} />
}
