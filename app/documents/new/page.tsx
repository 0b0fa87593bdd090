import { ImportForm } from '@/components/documents/import-form'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

export default function NewDocumentPage() {
  return <ImportForm maxBytes={readEnv().PARALLEL_MAX_UPLOAD_BYTES} />
}
