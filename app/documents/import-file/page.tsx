import { ImportFileForm } from '@/components/exchange/import-file-form'
import { db } from '@/lib/db/db'
import { listDocuments } from '@/lib/db/documents'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default async function ImportFilePage() {
  const documents = (await listDocuments(db)).map(({ id, title }) => ({ id, title }))
  return <ImportFileForm maxBytes={readEnv().PARALLEL_MAX_IMPORT_BYTES} documents={documents} />
}
