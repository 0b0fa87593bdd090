import { can } from '@/lib/auth/permissions'
import { requirePageActor } from '@/lib/http/page-auth'
import { pagePaths } from '@/lib/paths'
import { ImportFileForm } from '@/components/exchange/import-file-form'
import { db } from '@/lib/db/db'
import { listDocuments } from '@/lib/db/documents'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default async function ImportFilePage() {
  const actor = await requirePageActor(pagePaths.importFile(), { action: 'documents.create' })
  // Title, language, size and date: documents with the same title must be told apart in the list.
  const documents = (await listDocuments(db)).map(({ id, title, sourceLang, paragraphCount, createdAt }) => ({
    id,
    title,
    sourceLang,
    paragraphCount,
    createdAt: createdAt.toISOString(),
  }))
  return (
    <ImportFileForm
      maxBytes={readEnv().PARALLEL_MAX_IMPORT_BYTES}
      documents={documents}
      canImportMemory={can(actor, 'memory.import')}
    />
  )
}
