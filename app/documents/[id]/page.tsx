import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { notFound } from 'next/navigation'
import { DocumentView } from '@/components/documents/document-view'
import { db } from '@/lib/db/db'
import { getDocument } from '@/lib/db/documents'

export const dynamic = 'force-dynamic'

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await requirePageActor(pagePaths.document(id))
  const document = await getDocument(db, id)
  if (!document) notFound()
  const paragraphs = document.paragraphs.map(({ id: pid, position, html }) => ({ id: pid, position, html }))
  return <DocumentView document={{ ...document, paragraphs }} />
}
