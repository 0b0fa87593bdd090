import { can } from '@/lib/auth/permissions'
import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { DocumentList } from '@/components/documents/document-list'
import { db } from '@/lib/db/db'
import { listDocuments } from '@/lib/db/documents'

export const dynamic = 'force-dynamic'

export default async function DocumentsPage() {
  const actor = await requirePageActor(pagePaths.documents())
  const documents = await listDocuments(db)
  return <DocumentList documents={documents} canCreate={can(actor, 'documents.create')} />
}
